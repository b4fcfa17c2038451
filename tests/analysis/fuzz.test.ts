/**
 * The engine takes any string: no throw, a valid report, spans and fixes always inside the text.
 * Over 10,000 generated drafts mixing realistic fragments with hostile Unicode.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis/analyze';
import { buildHistoryIndex } from '@/lib/analysis/history/index';
import { KINDS, PLATFORMS, ReportSchema, STAGES, type Draft, type Report } from '@/lib/analysis/schemas';
import { applyFix } from '@/lib/analysis/text/fix';

const NOW = Date.UTC(2026, 2, 2, 12);

const FRAGMENTS = [
  'Buy now!',
  "Don't buy",
  'Book a demo',
  'Follow us',
  'Leave a review',
  'Refer a friend',
  'Use code SPRING20',
  'DM us',
  'email us at help@example.com',
  'reply with your order number',
  'We are sorry',
  'per our policy',
  'charged twice',
  'never again',
  'worst service',
  'link in bio',
  '1/5',
  '🧵',
  '**bold**',
  '# Heading',
  '[x](https://a.b)',
  '#tag',
  '#ヤッホー',
  '@someone',
  '@some.one_long_instagram_handle',
  'https://example.com/path?q=1',
  'www.example.org',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '👍🏽',
  '日本語のテキスト',
  'مرحبا بالعالم',
  'שלום',
  '\u202Erevers\u202C',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '\uDBFF\uDFFF',
  '\u0000',
  '\u0007',
  '\r\n',
  '\n\n',
  '\t',
  '  ',
  '.',
  '!',
  '?',
  '...',
  '%',
  '$49',
];

const fragment = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 20 }),
);
const text = fc.array(fragment, { maxLength: 16 }).map((parts) => parts.join(' '));

const draft: fc.Arbitrary<Draft> = fc.record(
  {
    platform: fc.constantFrom(...PLATFORMS),
    kind: fc.constantFrom(...KINDS),
    text,
    replyTo: fc.record({ text, author: fc.string({ maxLength: 20 }) }, { requiredKeys: ['text'] }),
    readerStage: fc.constantFrom(...STAGES),
  },
  { requiredKeys: ['platform', 'kind', 'text'] },
);

const history = buildHistoryIndex(
  fc
    .sample(fc.tuple(fc.constantFrom(...PLATFORMS), fc.constantFrom(...KINDS), text, fc.integer({ min: 0, max: 20 * 86_400_000 })), {
      numRuns: 300,
      seed: 7,
    })
    .map(([platform, kind, t, ago]) => ({ platform, kind, text: t, postedAt: NOW - ago })),
);

function expectWellFormed(d: Draft, report: Report): void {
  expect(ReportSchema.safeParse(report).success).toBe(true);
  for (const f of report.findings) {
    for (const s of f.spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
      expect(s.end).toBeLessThanOrEqual(d.text.length);
    }
    if (f.fix) {
      for (const e of f.fix.edits) expect(e.end).toBeLessThanOrEqual(d.text.length);
      expect(typeof applyFix(d.text, f.fix)).toBe('string');
    }
  }
}

describe('analyze() on any input', () => {
  it('never throws and keeps every span inside the text over 10,000 generated drafts', () => {
    fc.assert(
      fc.property(draft, fc.boolean(), (d, withHistory) => {
        const report = analyze(d, {
          history: withHistory ? history : [],
          settings: { supportEmail: 'help@example.com', dmHandle: '@ExampleHelp' },
          now: NOW,
        });
        expectWellFormed(d, report);
      }),
      { numRuns: 10_000, seed: 20261123 },
    );
  }, 120_000);

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['100,000 characters', 'Buy now! Our launch is here #launch https://example.com '.repeat(1_800)],
    ['100,000 emoji', '👨‍👩‍👧‍👦'.repeat(9_100)],
    ['lone surrogates', '\uD800\uDC00\uDC00\uD800abc\uD800'],
    ['control characters', Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('')],
    ['right-to-left', '\u202Eمرحبا! اشتري الآن #عرض\u202C'],
  ])('handles %s', (_name, t) => {
    for (const platform of PLATFORMS) {
      const d: Draft = { platform, kind: 'reply', text: t, replyTo: { text: t } };
      expectWellFormed(d, analyze(d, { history, now: NOW }));
    }
  });

  it('notes when a huge text was only partly checked', () => {
    const report = analyze({ platform: 'facebook', kind: 'post', text: 'a'.repeat(100_000) }, { now: NOW });
    expect(report.notes.join(' ')).toMatch(/first 50,000/);
  });
});
