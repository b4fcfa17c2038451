/** What a rule is and what it sees. Rules are pure: same context in, same findings out. */
import type { ComplaintModel } from './complaint/model';
import type { HistoryIndex } from './history/index';
import type { Category, Draft, Finding, Fix, Settings, Severity, Span, Stage } from './schemas';

/** Everything a rule may look at while checking one draft. */
export interface RuleContext {
  draft: Draft;
  /** The text rules read: the draft's text, cut to a bounded prefix when it is huge. */
  text: string;
  settings: Settings;
  /** The clock, epoch milliseconds. */
  now: number;
  history: HistoryIndex;
  /** The reader's stage: the draft's, else the settings' default audience stage. */
  readerStage: Stage;
  /** True when readerStage came from the settings, not from the draft. */
  readerStageAssumed: boolean;
  /** The complaint model's weights, when the caller loaded them (the background does). */
  complaintModel?: ComplaintModel;
  /** Computes a value once per analysis and shares it between rules (entities, CTAs, …). */
  memo<T>(key: string, compute: () => T): T;
}

/** The text of one message: a one-liner and the reasoning behind it. `{name}` is filled from data. */
export interface RuleMessage {
  message: string;
  explanation: string;
}

/** A rule's description of itself. */
export interface RuleMeta {
  /** Stable id, "<family>/<name>", equal to the module's path under rules/. */
  id: string;
  category: Category;
  /** One line: what the rule looks for. */
  description: string;
  /** Severity unless a finding says otherwise. */
  severity: Severity;
  messages: Record<string, RuleMessage>;
}

/** A finding as a rule returns it; the engine fills in id, category and the message text. */
export interface RuleFinding {
  messageId: string;
  spans?: Span[];
  severity?: Severity;
  fix?: Fix;
  data?: Record<string, string | number | boolean | null>;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleFinding[];
}

/** Identity helper that gives rule modules their type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Fills `{name}` placeholders from data; unknown names are left as they are. */
export function fillTemplate(template: string, data: RuleFinding['data']): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

/** Turns a rule's raw finding into the plain, serialisable Finding the UI and CLI show. */
export function toFinding(meta: RuleMeta, raw: RuleFinding): Finding {
  const text = meta.messages[raw.messageId];
  if (!text) throw new Error(`Rule ${meta.id} has no message "${raw.messageId}"`);
  const finding: Finding = {
    ruleId: meta.id,
    category: meta.category,
    severity: raw.severity ?? meta.severity,
    messageId: raw.messageId,
    message: fillTemplate(text.message, raw.data),
    explanation: fillTemplate(text.explanation, raw.data),
    spans: raw.spans ?? [],
  };
  if (raw.fix) finding.fix = raw.fix;
  if (raw.data) finding.data = raw.data;
  return finding;
}
