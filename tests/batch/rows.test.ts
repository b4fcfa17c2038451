import { describe, expect, it } from 'vitest';
import { parseBatch, rowToDraft, rowToHistoryItem } from '@/lib/batch/rows';

describe('parseBatch', () => {
  it('reads JSONL drafts and names the line and field of each bad one', () => {
    const text = [
      '{"platform":"x","kind":"reply","text":"Sorry!","reply_to":"My order is late"}',
      '',
      '{"platform":"tiktok","kind":"post","text":"hi"}',
      'not json',
      '{"platform":"linkedin","text":"no kind given"}',
      '{"platform":"x","kind":"post"}',
      '{"platform":"x","text":"hi","posted_at":"yesterday"}',
    ].join('\n');
    const batch = parseBatch('drafts.jsonl', text);
    expect(batch.rows.map((r) => r.line)).toEqual([1, 5]);
    expect(batch.errors).toEqual([
      { line: 3, message: 'platform: expected one of x, facebook, linkedin, instagram' },
      { line: 4, message: expect.stringMatching(/^not valid JSON/) },
      { line: 6, message: 'text: missing' },
      { line: 7, message: 'posted_at: expected an ISO 8601 time such as 2026-03-02T09:00:00Z' },
    ]);
  });

  it('reads CSV with a header, aliases and blank optional fields', () => {
    const csv =
      'platform,kind,text,reply_to,reader_stage,posted_at\n' +
      'Twitter,,"Thanks, ""Ana""!",,, \n' +
      'IG,comment,"So sorry!\nDM us",Where is my parcel?,LOYALTY,2026-03-01T10:00:00Z\n' +
      'facebook,post,too,few\n';
    const batch = parseBatch('drafts.csv', csv);
    expect(batch.errors).toEqual([{ line: 5, message: 'expected 6 fields, found 4' }]);
    expect(batch.rows[0]!.row).toMatchObject({ platform: 'x', text: 'Thanks, "Ana"!' });
    expect(rowToDraft(batch.rows[1]!.row)).toEqual({
      platform: 'instagram',
      kind: 'comment',
      text: 'So sorry!\nDM us',
      replyTo: { text: 'Where is my parcel?' },
      readerStage: 'loyalty',
    });
    expect(batch.rows[1]!.line).toBe(3);
  });

  it('rejects a CSV without a text column', () => {
    expect(parseBatch('a.csv', 'platform,body\nx,hi').errors[0]!.message).toMatch(/no "text" column/);
  });

  it('defaults the kind from the platform when the row answers something', () => {
    expect(rowToDraft({ platform: 'x', text: 'hi', reply_to: 'q' }).kind).toBe('reply');
    expect(rowToDraft({ platform: 'facebook', text: 'hi', reply_to: 'q' }).kind).toBe('comment');
    expect(rowToDraft({ platform: 'facebook', text: 'hi' }).kind).toBe('post');
  });

  it('turns a row with posted_at into a history item, and none without', () => {
    expect(rowToHistoryItem({ platform: 'x', text: 'hi', posted_at: '2026-03-01T10:00:00Z' })).toMatchObject({
      platform: 'x',
      kind: 'post',
      postedAt: '2026-03-01T10:00:00Z',
    });
    expect(rowToHistoryItem({ platform: 'x', text: 'hi' })).toBeUndefined();
  });
});

describe('parseBatch under bad input', () => {
  it('says what a text that is not text is, instead of "missing"', () => {
    const batch = parseBatch(
      'd.jsonl',
      ['{"platform":"x","text":42}', '{"platform":"x","text":{"en":"hi"}}', '{"platform":"x","text":null}', '{"platform":"x"}'].join('\n'),
    );
    expect(batch.errors).toEqual([
      { line: 1, message: 'text: expected text, found a number (42)' },
      { line: 2, message: 'text: expected text, found an object' },
      { line: 3, message: 'text: expected text, found null' },
      { line: 4, message: 'text: missing' },
    ]);
  });

  it('reports every line an unclosed quote swallows, not one', () => {
    const lines = ['platform,text', 'x,first', 'x,"never closed'];
    for (let i = 4; i <= 1001; i++) lines.push(`x,draft ${i}`);
    const batch = parseBatch('d.csv', `${lines.join('\n')}\n`);
    expect(batch.rows).toHaveLength(1);
    expect(batch.errors).toEqual([{ line: 3, lines: 999, message: expect.stringContaining('lines 3–1001 (999 lines) could not be read') }]);
  });

  it('refuses a header that names a column twice', () => {
    const batch = parseBatch('d.csv', 'platform,text,Text\nx,a,b\n');
    expect(batch.rows).toHaveLength(0);
    expect(batch.errors).toEqual([{ line: 1, fatal: true, message: expect.stringMatching(/"text" \(columns 2 and 3\) more than once/) }]);
  });
});
