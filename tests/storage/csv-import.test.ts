import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PostwiseDB } from '@/lib/storage/db';
import { importPostsCsv, parsePostsCsv } from '@/lib/storage/csv-import';
import { freshDb } from './helpers';

let db: PostwiseDB;
afterEach(async () => {
  await db?.delete();
});

const CSV = [
  'Platform,Text,Date,Account,URL,Promotional,Kind',
  'x,"Spring sale, 20% off",2026-02-01T10:00:00Z,brand,https://x.com/brand/status/1,yes,',
  'twitter,"Two lines\nin one post",2026-02-02,,,,',
  'myspace,Hello,2026-02-03,,,,',
  'linkedin,No date here,,,,,',
  'facebook,Bad date,03/02/2026,,,,',
  'instagram,Too,few',
  'instagram,A reply,2026-02-04T08:00:00+01:00,,,no,comment',
].join('\r\n');

describe('CSV import of past posts', () => {
  it('imports the readable lines and reports the others with their line numbers', async () => {
    db = freshDb();
    const result = await importPostsCsv(db, CSV);
    expect(result.imported).toBe(3);
    expect(result.errors).toEqual([
      { line: 5, message: 'platform: expected one of x, facebook, linkedin, instagram' },
      { line: 6, message: expect.stringMatching(/^date: missing/) },
      { line: 7, message: expect.stringMatching(/^date: expected an ISO 8601 date/) },
      { line: 8, message: 'expected 7 fields, found 3' },
    ]);
    const posts = await db.posts.orderBy('time').toArray();
    expect(posts.map((p) => [p.platform, p.kind, p.text, p.time])).toEqual([
      ['x', 'post', 'Spring sale, 20% off', Date.UTC(2026, 1, 1, 10)],
      ['x', 'post', 'Two lines\nin one post', Date.UTC(2026, 1, 2)],
      ['instagram', 'comment', 'A reply', Date.UTC(2026, 1, 4, 7)],
    ]);
    expect(posts[0]).toMatchObject({ account: 'brand', url: 'https://x.com/brand/status/1', promotional: true, source: 'csv' });
    expect(posts[2]!.promotional).toBe(false);
  });

  it('adds nothing new when the same file is imported twice', async () => {
    db = freshDb();
    await importPostsCsv(db, CSV);
    await importPostsCsv(db, CSV);
    expect(await db.posts.count()).toBe(3);
  });

  it('needs platform, text and date columns', () => {
    expect(parsePostsCsv('platform,body\nx,hi').errors).toEqual([
      { line: 1, message: 'the header has no date column (found: platform, body)' },
    ]);
    expect(parsePostsCsv('').errors[0]!.message).toBe('the file is empty');
  });

  it('reports a quoted field that never closes', () => {
    const { posts, errors } = parsePostsCsv('platform,text,date\nx,ok,2026-01-01\nx,"open,2026-01-02\n');
    expect(posts).toHaveLength(1);
    expect(errors).toEqual([{ line: 3, message: 'a quoted field is never closed' }]);
  });
});

describe('CSV import: a line that cannot be a post', () => {
  it('reports a date before 1970 with its line number and imports the good lines', async () => {
    db = freshDb();
    const csv = ['platform,text,date', 'x,First,2026-01-01', 'x,From the past,1969-07-20', 'linkedin,Third,2026-01-03'].join('\n');
    const result = await importPostsCsv(db, csv);
    expect(result.imported).toBe(2);
    expect(result.errors).toEqual([{ line: 3, message: expect.stringMatching(/^date: .*1970/) }]);
    expect((await db.posts.toArray()).map((p) => p.text).sort()).toEqual(['First', 'Third']);
  });
});
