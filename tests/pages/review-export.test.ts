import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/batch/csv';
import { toCsv, type ExportedDraft } from '@/components/pages/review/export';

const row = (over: Partial<ExportedDraft>): ExportedDraft => ({
  line: 1,
  platform: 'x',
  kind: 'post',
  text: 'Hello',
  reply_to: '',
  reader_stage: '',
  verdict: 'ok',
  adapted: [],
  findings: [],
  decision: 'pending',
  note: '',
  reviewer: '',
  reviewed_at: '',
  ...over,
});

describe("reviewers' CSV export", () => {
  it('neutralises cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
    const risky = ['=HYPERLINK("http://evil.example","click")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const csv = toCsv(risky.map((text, i) => row({ line: i + 1, text, note: text, reviewer: text })));
    const [header, ...records] = parseCsv(csv).records;
    const col = (name: string) => header!.fields.indexOf(name);
    expect(records).toHaveLength(risky.length);
    for (const [i, record] of records.entries()) {
      for (const name of ['text', 'note', 'reviewer']) {
        const cell = record.fields[col(name)]!;
        // Read back, the cell starts with a single quote and keeps the whole original text after it.
        expect(cell).toBe(`'${risky[i]}`);
      }
    }
    // Every risky cell is quoted in the file itself, so no cell starts with a formula character.
    for (const line of csv.split('\r\n')) expect(line).not.toMatch(/(^|,)[=+\-@\t\r]/);
  });

  it('leaves ordinary text, numbers and empty cells as they are', () => {
    const csv = toCsv([row({ text: "We're open 9-5, call us", note: '', reviewer: 'dana' })]);
    const fields = parseCsv(csv).records[1]!.fields;
    expect(fields.slice(0, 4)).toEqual(['1', 'x', 'post', "We're open 9-5, call us"]);
    expect(fields).toContain('dana');
  });
});
