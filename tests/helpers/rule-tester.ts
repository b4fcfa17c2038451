/**
 * Valid/invalid tables for one rule, in the manner of ESLint's RuleTester: each valid case must
 * produce no finding from the rule; each invalid case must produce exactly the listed findings
 * (by message id, with spans given as the text they cover, and the text after the fix). One more
 * test per rule checks that the invalid cases render every message of the rule whole (no `{name}`
 * left unfilled): tests assert ids and data, never the prose.
 */
import { describe, expect, it } from 'vitest';
import { createRuleContext, runRules, type AnalysisContext } from '@/lib/analysis/analyze';
import { applyFix } from '@/lib/analysis/text/fix';
import type { Rule } from '@/lib/analysis/rule';
import type { Draft, HistoryItem, Severity, SettingsInput } from '@/lib/analysis/schemas';

/** A fixed clock for tests: 2026-03-02T12:00:00Z. */
export const NOW = Date.UTC(2026, 2, 2, 12);
/** Hours before NOW, as an ISO time for history items. */
export const hoursAgo = (hours: number) => new Date(NOW - hours * 3_600_000).toISOString();

/** A `{name}` left in rendered text: a template whose data lacked that name. */
const PLACEHOLDER = /\{\w+\}/;

export interface Case {
  /** Test name; defaults to the draft text. */
  name?: string;
  draft: Partial<Draft> & Pick<Draft, 'text'>;
  history?: HistoryItem[];
  settings?: SettingsInput;
  now?: number;
}

export interface ExpectedFinding {
  messageId: string;
  /** The text each span covers, in order. */
  spans?: string[];
  severity?: Severity;
  /** The draft text after applying the finding's fix; null when the finding must have no fix. */
  output?: string | null;
  /** Entries the finding's data must contain. */
  data?: Record<string, unknown>;
}

export interface InvalidCase extends Case {
  findings: ExpectedFinding[];
}

/** Runs one rule on one case, through the same context analyze() builds. */
export function runRule(rule: Rule, c: Case) {
  const draft: Draft = { platform: 'x', kind: 'post', ...c.draft };
  const context: AnalysisContext = { history: c.history ?? [], settings: c.settings ?? {}, now: c.now ?? NOW };
  const { ctx } = createRuleContext(draft, context);
  return runRules(ctx, [rule]);
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`accepts: ${c.name ?? c.draft.text.slice(0, 80)}`, () => {
        expect(runRule(rule, c).map((f) => `${f.messageId}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`flags: ${c.name ?? c.draft.text.slice(0, 80)}`, () => {
        const findings = runRule(rule, c);
        expect(findings.map((f) => f.messageId)).toEqual(c.findings.map((f) => f.messageId));
        c.findings.forEach((want, i) => {
          const got = findings[i]!;
          expect(got.ruleId).toBe(rule.meta.id);
          if (want.spans) expect(got.spans.map((s) => c.draft.text.slice(s.start, s.end))).toEqual(want.spans);
          if (want.severity) expect(got.severity).toBe(want.severity);
          if (want.output === null) expect(got.fix).toBeUndefined();
          else if (want.output !== undefined) {
            expect(got.fix).toBeDefined();
            expect(applyFix(c.draft.text, got.fix!)).toBe(want.output);
          }
          if (want.data) expect(got.data).toMatchObject(want.data);
        });
      });
    }
    // Tests assert message ids and data, not prose: this one test checks that the prose the user
    // reads is whole, for every message of the rule (each one some invalid case produces).
    it('renders each of its messages with every placeholder filled', () => {
      const rendered = cases.invalid.flatMap((c) => runRule(rule, c));
      const unrendered = Object.keys(rule.meta.messages).filter((id) => !rendered.some((f) => f.messageId === id));
      expect(unrendered, 'messages no invalid case produces').toEqual([]);
      for (const f of rendered) {
        expect(f.message, `${f.messageId}: ${f.message}`).not.toMatch(PLACEHOLDER);
        expect(f.explanation, `${f.messageId}: ${f.explanation}`).not.toMatch(PLACEHOLDER);
        expect(f.message.trim(), f.messageId).not.toBe('');
      }
    });
  });
}
