/** The engine's entry point: one draft in, one report out. Pure and deterministic. */
import { bySeverity, worstSeverity } from '../util/severity';
import { complaintReading, repliedLanguage } from './complaint/context';
import { ctasOf, readerStageOf } from './cta/next-step';
import { draftLanguage, languageName } from './text/language';
import type { ComplaintModel } from './complaint/model';
import { buildHistoryIndex, type HistoryIndex } from './history/index';
import { toFinding, type Rule, type RuleContext } from './rule';
import { rules as allRules } from './rules/index';
import {
  DraftSchema,
  SettingsSchema,
  type Draft,
  type Finding,
  type HistoryItem,
  type Report,
  type Settings,
  type SettingsInput,
  type Verdict,
} from './schemas';

/** Rules read at most this many UTF-16 units; the length rule still measures the whole text. */
export const MAX_ANALYZED_CHARS = 50_000;

/** What analyze() needs besides the draft. */
export interface AnalysisContext {
  /** The user's published posts and replies on all platforms, or an index built from them. */
  history?: readonly HistoryItem[] | HistoryIndex;
  settings?: SettingsInput | Settings;
  /** The clock, epoch milliseconds. */
  now: number;
  /** Weights for the complaint model (complaint/model.ts); without them the readable cues decide. */
  complaintModel?: ComplaintModel;
}

function isIndex(history: AnalysisContext['history']): history is HistoryIndex {
  return !!history && !Array.isArray(history) && typeof (history as HistoryIndex).findSimilar === 'function';
}

/** Cuts a text to at most `max` UTF-16 units without splitting a surrogate pair. */
export function boundedPrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** The worst severity decides the verdict; info alone is ok. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  const worst = worstSeverity(findings);
  return worst === 'fix' || worst === 'warn' ? worst : 'ok';
}

/** Validates the inputs and builds the context every rule reads. */
export function createRuleContext(draftInput: Draft, context: AnalysisContext): { ctx: RuleContext; notes: string[] } {
  const draft = DraftSchema.parse(draftInput);
  const settings = SettingsSchema.parse(context.settings ?? {});
  const history = isIndex(context.history) ? context.history : buildHistoryIndex(context.history ?? []);
  const text = boundedPrefix(draft.text, MAX_ANALYZED_CHARS);
  const notes: string[] = [];
  if (text.length < draft.text.length) {
    notes.push(
      `The text is ${draft.text.length.toLocaleString('en-US')} characters long; only the first ` +
        `${text.length.toLocaleString('en-US')} were checked in depth.`,
    );
  }
  const cache = new Map<string, unknown>();
  const ctx: RuleContext = {
    draft,
    text,
    settings,
    now: context.now,
    history,
    readerStage: draft.readerStage ?? settings.defaultStage,
    readerStageAssumed: draft.readerStage === undefined,
    complaintModel: context.complaintModel,
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
  return { ctx, notes };
}

/** Runs rules (all enabled ones by default) on a context; findings come worst first. */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = allRules): Finding[] {
  const disabled = new Set(ctx.settings.disabledRules);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (disabled.has(rule.meta.id)) continue;
    for (const raw of rule.check(ctx)) findings.push(clampSpans(toFinding(rule.meta, raw), ctx.draft.text.length));
  }
  return findings.sort(bySeverity);
}

/** Checks a draft against every enabled rule. Throws only on a draft or settings that fail validation. */
export function analyze(draft: Draft, context: AnalysisContext): Report {
  const { ctx, notes } = createRuleContext(draft, context);
  const findings = runRules(ctx);
  const reader = readerStageOf(ctx);
  const report: Report = {
    verdict: verdictOf(findings),
    findings,
    readerStage: reader.stage,
    readerStageAssumed: reader.assumed,
    ...(reader.inferredFrom ? { readerStageInferredFrom: reader.inferredFrom } : {}),
    notes,
    // What was read, so reviewers and scripts can see why (computed once, shared with the rules).
    ctas: ctasOf(ctx).map((c) => ({
      start: c.span.start,
      end: c.span.end,
      text: ctx.text.slice(c.span.start, c.span.end),
      stage: c.stage === 'any' ? 'conversation' : c.stage,
    })),
  };
  const complaint = complaintReading(ctx);
  if (complaint) report.complaint = complaint;
  const coverage = languageNote(ctx);
  if (coverage) report.notes.push(coverage);
  return report;
}

/**
 * One calm note when the draft or the post it answers is in a language whose cues Postwise
 * doesn't have: those checks were skipped, not passed. Nothing when the text was too short to tell.
 */
export function languageNote(ctx: RuleContext): string | undefined {
  const own = draftLanguage(ctx);
  const replied = repliedLanguage(ctx);
  const skipped: string[] = [];
  if (!own.covered) skipped.push('call-to-action');
  if (replied && (!replied.covered || !own.covered)) skipped.push('complaint-reply');
  if (skipped.length === 0) return undefined;
  const lang = !own.covered ? own.lang : replied!.lang;
  const where = !own.covered
    ? replied && !replied.covered
      ? 'This draft and the post it answers look'
      : 'This draft looks'
    : 'The post this answers looks';
  return (
    `${where} to be in ${languageName(lang)}. Postwise's ${skipped.join(' and ')} checks read English only, ` +
    'so they were skipped here rather than guessed; the other checks ran as usual.'
  );
}

/** Guarantees 0 <= start <= end <= length on every span and edit, whatever a rule computed. */
function clampSpans(finding: Finding, length: number): Finding {
  const clamp = (n: number) => Math.max(0, Math.min(length, Math.floor(Number.isFinite(n) ? n : 0)));
  const fixSpan = <S extends { start: number; end: number }>(s: S): S => {
    const start = clamp(s.start);
    return { ...s, start, end: Math.max(start, clamp(s.end)) };
  };
  finding.spans = finding.spans.map(fixSpan);
  if (finding.fix) finding.fix = { ...finding.fix, edits: finding.fix.edits.map(fixSpan) };
  return finding;
}
