import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRuleContext, runRules } from '@/lib/analysis/analyze';
import { normViolations } from '@/lib/analysis/norms/violations';
import { normsRules } from '@/lib/analysis/rules/norms/index';
import { KINDS, PLATFORMS, type Draft } from '@/lib/analysis/schemas';
import { applyFix } from '@/lib/analysis/text/fix';
import { NOW } from '../../helpers/rule-tester';

/** Runs every norms rule on every platform and kind and checks the findings are well formed. */
function checkAll(text: string): void {
  for (const platform of PLATFORMS) {
    for (const kind of KINDS) {
      const draft: Draft = { platform, kind, text };
      const { ctx } = createRuleContext(draft, { now: NOW });
      const findings = runRules(ctx, normsRules);
      for (const f of findings) {
        expect(f.message, `${f.ruleId} left a placeholder`).not.toMatch(/\{\w+\}/);
        expect(f.explanation).not.toMatch(/\{\w+\}/);
        for (const s of f.spans) {
          expect(s.start).toBeLessThanOrEqual(s.end);
          expect(s.end).toBeLessThanOrEqual(text.length);
        }
        if (f.fix) {
          let at = 0;
          for (const e of f.fix.edits) {
            expect(e.start, `${f.ruleId} edits overlap`).toBeGreaterThanOrEqual(at);
            expect(e.end).toBeGreaterThanOrEqual(e.start);
            expect(e.end).toBeLessThanOrEqual(text.length);
            at = e.end;
          }
          expect(typeof applyFix(text, f.fix)).toBe('string');
        }
      }
      expect(Array.isArray(normViolations(ctx))).toBe(true);
    }
  }
}

const NASTY = [
  '',
  ' ',
  '\n\n\n',
  '#',
  '@',
  '**',
  '****',
  '[',
  '[](',
  '[a](b.c',
  '# ',
  '1/',
  '/1',
  '🧵',
  '\uD800',
  '\uDC00abc\uD800',
  'a\u0000b\u0007c\u001b[31m',
  '\u202Eשלום #עולם @user https://example.com\u202C',
  'مرحبا بكم #تسويق 1/5',
  '\uFEFF\uFFFE\uFFFF',
  'e\u0301'.repeat(200),
  '👩‍👩‍👧‍👦'.repeat(200),
  '#a'.repeat(500),
  '#a '.repeat(500),
  '@a '.repeat(500),
  '*'.repeat(2_000),
  '_'.repeat(2_000),
  '['.repeat(1_000) + ']('.repeat(1_000),
  '1/2/3/4/5/'.repeat(300),
  ' \t'.repeat(3_000),
  'a'.repeat(100_000),
  'word #tag @handle https://example.com/x **b** 1/5\n'.repeat(2_500),
];

describe('norms rules on any string', () => {
  for (const text of NASTY) {
    it(`never throw and keep spans inside: ${JSON.stringify(text.slice(0, 30))} (${text.length})`, () => checkAll(text));
  }

  it('never throw on random text', () => {
    const pieces = fc.constantFrom(
      '#tag',
      '@user',
      '@a.b',
      ' ',
      '\n',
      '1/5',
      '(1/5)',
      '🧵',
      '**',
      '__',
      '`',
      '*',
      '# ',
      '[x](https://a.co)',
      'https://example.com/p',
      'link in bio',
      'thread 👇',
      '日本',
      '👩‍👩‍👧',
      '\uD800',
      '.',
      'word',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 60 }), (parts) => {
        checkAll(parts.join(''));
      }),
      { numRuns: 150 },
    );
  });
});
