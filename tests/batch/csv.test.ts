import { describe, expect, it } from 'vitest';
import { csvField, parseCsv } from '@/lib/batch/csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, keeping start lines', () => {
    const { records, unterminatedAt } = parseCsv('a,b,c\r\n1,"x, ""y""",z\n2,"line one\nline two",\n\n3,,');
    expect(unterminatedAt).toBeUndefined();
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, "y"', 'z'] },
      { line: 3, fields: ['2', 'line one\nline two', ''] },
      { line: 6, fields: ['3', '', ''] },
    ]);
  });

  it('strips a byte-order mark and reports an unclosed quote', () => {
    const { records, unterminatedAt } = parseCsv('\uFEFFtext\n"never closed\nmore');
    expect(records[0]).toEqual({ line: 1, fields: ['text'] });
    expect(unterminatedAt).toBe(2);
  });

  it('round-trips values through csvField', () => {
    const values = ['plain', 'with, comma', 'with "quotes"', 'multi\nline'];
    expect(parseCsv(values.map(csvField).join(',')).records[0]!.fields).toEqual(values);
  });
});
