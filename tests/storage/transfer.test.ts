import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { PostwiseDB } from '@/lib/storage/db';
import { ValidationError } from '@/lib/contract/errors';
import { exportAll, exportFileName } from '@/lib/storage/export';
import { EXPORT_VERSION, ExportFileSchema } from '@/lib/contract/export-format';
import { importAll, readExportFile } from '@/lib/storage/import';
import { wipeAll } from '@/lib/storage/wipe';
import { recordPost } from '@/lib/storage/posts';
import { freshDb, NOW, rawSnapshot, seed, snapshot } from './helpers';

const V1_FIXTURE = readFileSync(new URL('./fixtures/export-v1.json', import.meta.url), 'utf8');

const dbs: PostwiseDB[] = [];
const open = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A valid export of the seeded database, with five posts so a bad row can sit in the middle. */
async function seededExport() {
  const db = open();
  await seed(db);
  await recordPost(db, { id: 'p4', platform: 'facebook', kind: 'post', text: 'Hello Facebook', time: NOW });
  await recordPost(db, { id: 'p5', platform: 'x', kind: 'reply', text: 'Thanks!', time: NOW });
  return { db, file: await exportAll(db, NOW) };
}

describe('export', () => {
  it('writes a versioned file with every table', async () => {
    const { file } = await seededExport();
    expect(file).toMatchObject({ format: 'postwise-export', version: EXPORT_VERSION, exportedAt: '2026-03-02T12:00:00.000Z' });
    expect(Object.keys(file.tables)).toEqual(['posts', 'drafts', 'contacts', 'segments', 'settings', 'findings', 'reviews']);
    expect(file.tables.posts).toHaveLength(5);
    expect(ExportFileSchema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
    expect(exportFileName(NOW)).toBe('postwise-export-2026-03-02.json');
  });
});

describe('export → wipe → import', () => {
  it('round-trips to exactly the original database', async () => {
    const { db, file } = await seededExport();
    const before = await snapshot(db);
    const text = JSON.stringify(file);
    await wipeAll(db);
    expect(await db.posts.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    const summary = await importAll(db, text);
    expect(summary).toEqual({
      fromVersion: EXPORT_VERSION,
      counts: { posts: 5, drafts: 1, contacts: 1, segments: 1, settings: 1, findings: 3, reviews: 1 },
    });
    expect(await snapshot(db)).toBe(before);
  });

  it('keeps the earlier drafts kept beside a draft', async () => {
    const { db } = await seededExport();
    const earlier = [{ text: 'An older draft', updatedAt: NOW - 1 }];
    await db.drafts.put({ key: 'x.com|/compose', platform: 'x', kind: 'post', text: 'Newest', updatedAt: NOW, earlier });
    const file = JSON.parse(JSON.stringify(await exportAll(db, NOW)));
    const other = open();
    await importAll(other, file);
    expect(await other.drafts.get('x.com|/compose')).toMatchObject({ text: 'Newest', earlier });
    expect(await snapshot(other)).toBe(await snapshot(db));
  });

  it('imports into a different, empty database identically', async () => {
    const { db, file } = await seededExport();
    const other = open();
    await importAll(other, JSON.stringify(file));
    expect(await snapshot(other)).toBe(await snapshot(db));
  });
});

describe('import is all-or-nothing', () => {
  it('a file with one bad row in the middle leaves the database byte-for-byte as it was', async () => {
    const { file } = await seededExport();
    const target = open();
    await recordPost(target, { id: 'mine', platform: 'x', kind: 'post', text: 'Already here', time: NOW });
    const before = await rawSnapshot(target);

    const broken = structuredClone(file) as { tables: { posts: Record<string, unknown>[] } };
    broken.tables.posts[3]!.platform = 'myspace';
    const error = await importAll(target, JSON.stringify(broken)).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('tables.posts[3].platform: expected one of x, facebook, linkedin, instagram');
    expect(error.problems).toEqual([{ path: 'tables.posts[3].platform', message: 'expected one of x, facebook, linkedin, instagram' }]);
    expect(await rawSnapshot(target)).toBe(before);
  });

  it('names every broken place, not just the first', async () => {
    const { file } = await seededExport();
    const broken = structuredClone(file) as unknown as { tables: Record<string, Record<string, unknown>[]> };
    delete broken.tables.posts![1]!.text;
    broken.tables.contacts![0]!.stage = 'ready-to-buy';
    broken.tables.findings![2]!.time = 'yesterday';
    const error = (await importAll(open(), broken).catch((e) => e)) as ValidationError;
    expect(error.problems.map((p) => p.path)).toEqual(['tables.posts[1].text', 'tables.contacts[0].stage', 'tables.findings[2].time']);
    expect(error.problems[0]!.message).toMatch(/^missing/);
  });

  it('rejects duplicate keys before writing', async () => {
    const { file } = await seededExport();
    const broken = structuredClone(file);
    broken.tables.posts[4]!.id = broken.tables.posts[0]!.id;
    const error = (await importAll(open(), broken).catch((e) => e)) as ValidationError;
    expect(error.problems[0]!.path).toBe('tables.posts[4]');
    expect(error.problems[0]!.message).toMatch(/duplicate key "p1" \(also at \[0\]\)/);
  });

  it('rolls back everything when a write fails halfway through the transaction', async () => {
    const { file } = await seededExport();
    const target = open();
    await seed(target);
    await recordPost(target, { id: 'mine', platform: 'x', kind: 'post', text: 'Already here', time: NOW });
    const before = await rawSnapshot(target);
    // Posts, drafts, contacts… are already cleared and rewritten when the reviews write fails.
    target.reviews.bulkPut = () => Promise.reject(new Error('disk full')) as never;
    await expect(importAll(target, file)).rejects.toThrow('disk full');
    expect(await rawSnapshot(target)).toBe(before);
  });

  it('explains files that are not JSON, not Postwise exports, or from a newer version', () => {
    expect(() => readExportFile('{"format": "postwise-export", ')).toThrow(/not valid JSON/);
    expect(() => readExportFile({ format: 'something-else', version: 1 })).toThrow(
      'Not a Postwise export file: format: expected "postwise-export"',
    );
    expect(() => readExportFile({ format: 'postwise-export', version: 99, tables: {} })).toThrow(
      /version: written by a newer Postwise \(format 99\); this one reads up to 3/,
    );
    expect(() => readExportFile([])).toThrow(ValidationError);
  });
});

describe('import of an older format', () => {
  it('migrates a version 1 file (postedAt ISO strings, no reviews) and keeps every row', async () => {
    const db = open();
    const summary = await importAll(db, V1_FIXTURE);
    expect(summary.fromVersion).toBe(1);
    expect(summary.counts).toEqual({ posts: 3, drafts: 1, contacts: 1, segments: 1, settings: 1, findings: 2, reviews: 0 });
    const a2 = await db.posts.get('a2');
    expect(a2).toMatchObject({ time: Date.parse('2026-01-10T07:05:00.000Z'), source: 'recorded', ctaStage: 'interest' });
    expect(a2).not.toHaveProperty('postedAt');
    expect((await db.posts.get('a3'))?.replyTo).toEqual({ text: 'Broken on arrival!!', author: 'Sam' });
    expect((await db.settings.get('settings'))?.crosspostDays).toBe(7);
    // Exporting again writes the current version, which imports back unchanged.
    const again = await exportAll(db, NOW);
    expect(again.version).toBe(EXPORT_VERSION);
    const other = open();
    await importAll(other, again);
    expect(await snapshot(other)).toBe(await snapshot(db));
  });

  it('migrates a version 2 file: each review’s verdict becomes its decision, every row kept', async () => {
    const db = open();
    await seed(db);
    const current = await exportAll(db, NOW);
    const reviews = current.tables.reviews.map(({ decision, ...r }) => ({ ...r, verdict: decision }));
    const v2 = { ...current, version: 2, tables: { ...current.tables, reviews } };
    const other = open();
    const summary = await importAll(other, JSON.stringify(v2));
    expect(summary.fromVersion).toBe(2);
    expect(await other.reviews.toArray()).toEqual([
      expect.objectContaining({ id: 'r1', decision: 'changes-requested', note: 'Shorter, please' }),
    ]);
    expect((await other.reviews.toArray())[0]).not.toHaveProperty('verdict');
    expect(await snapshot(other)).toBe(await snapshot(db));
  });

  it('reports problems in a version 2 file with paths into that file', async () => {
    const db = open();
    await seed(db);
    const current = await exportAll(db, NOW);
    const v2 = { ...current, version: 2, tables: { ...current.tables, reviews: [{ ...current.tables.reviews[0], verdict: 'maybe' }] } };
    const error = (await importAll(open(), v2).catch((e) => e)) as ValidationError;
    expect(error.problems.map((p) => p.path)).toEqual(['tables.reviews[0].verdict']);
    expect(error.message).toMatch(/format 2/);
  });

  it('reports problems in a version 1 file with paths into that file', async () => {
    const broken = JSON.parse(V1_FIXTURE);
    broken.tables.posts[1].postedAt = 'last tuesday';
    const error = (await importAll(open(), broken).catch((e) => e)) as ValidationError;
    expect(error.problems[0]!.path).toBe('tables.posts[1].postedAt');
    expect(error.message).toMatch(/format 1/);
  });
});

describe('merge import', () => {
  it('keeps existing rows, overwrites same keys, and appends log entries', async () => {
    const { file } = await seededExport();
    const target = open();
    await recordPost(target, { id: 'mine', platform: 'x', kind: 'post', text: 'Already here', time: NOW });
    await importAll(target, file, 'merge');
    await importAll(target, file, 'merge');
    expect(await target.posts.count()).toBe(6);
    expect(await target.findings.count()).toBe(6);
  });
});
