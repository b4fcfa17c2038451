/**
 * What the CTA rules share: the memoised detection, the reader's stage as the rules use it, the
 * ask to suggest for a stage (the brand's own playbook first) and the one-click swap.
 */
import type { RuleContext } from '../rule';
import type { Fix, Settings, Stage } from '../schemas';
import { stageIndex } from '../stages';
import { draftLanguage } from '../text/language';
import { replyChannels } from '../complaint/context';
import { detectCtas, type CtaMatch } from './detect';

/**
 * The CTAs of the draft, detected once per analysis and shared by the rules. None in a language
 * the grammar doesn't cover: the CTA checks stay quiet rather than guess; in a reply, none that
 * is a private-channel handoff.
 */
export function ctasOf(ctx: RuleContext): CtaMatch[] {
  return ctx.memo('cta/detect', () => {
    if (!draftLanguage(ctx).covered) return [];
    const asks = detectCtas(ctx.text);
    if (ctx.draft.kind === 'post' || asks.length === 0) return asks;
    // In a reply, "send us a DM" or "email us" is the handoff to a private channel (customer care,
    // judged by the complaint checks), not a step down the funnel.
    const offers = replyChannels(ctx).offers;
    return asks.filter((a) => !offers.some((o) => a.span.start < o.span.end && a.span.end > o.span.start));
  });
}

/** A generic next-step ask per stage, used when the brand has not written its own. */
export const GENERIC_STAGE_CTAS: Record<Stage, string> = {
  awareness: 'Follow us for more',
  interest: 'Get our free guide',
  consideration: 'Book a free demo',
  conversion: 'Order yours today',
  loyalty: 'Leave us a review',
  advocacy: 'Refer a friend',
};

/** The ask for a stage: the brand's own wording (settings.stageCtas) when set, else a generic one. */
export function stageAsk(settings: Settings, stage: Stage): { text: string; own: boolean } {
  const own = settings.stageCtas[stage]?.trim();
  return own ? { text: own, own: true } : { text: GENERIC_STAGE_CTAS[stage], own: false };
}

/** The reader's stage as the CTA rules see it. */
export interface ReaderStage {
  stage: Stage;
  /** Taken from the settings' default audience stage. */
  assumed: boolean;
  /** Read from the post being answered when nobody set the stage: what it mentions ("their order"). */
  inferredFrom?: string;
}

/**
 * Purchase or evaluation intent in the post or comment being answered: someone asking "where can
 * I buy this?" is at conversion whatever the default audience stage says.
 */
const INTENT: readonly { stage: Stage; re: RegExp; mentions: string }[] = [
  {
    stage: 'loyalty',
    mentions: 'their order',
    // "my order", "I ordered", and a sentence that starts with the past purchase, its subject
    // dropped as in a tweet ("Ordered a lamp … has not arrived", "Bought two, one is broken").
    re: /\b(?:my|our) (?:order|orders|package|parcel|delivery|subscription|account|booking|reservation|purchase|bill|membership|plan)\b|\b(?:i|we) (?:ordered|bought|purchased|paid for|booked|subscribed)\b|(?:^|[.!?]\s+|\n\s*)(?:(?:@\w+|just|so|and)\s+)*(?:ordered|bought|purchased|paid for|booked|subscribed to|pre-?ordered)\s+(?!by\b|from us\b)/iu,
  },
  {
    stage: 'conversion',
    mentions: 'buying',
    re: /\b(?:where (?:can|do|could|should) (?:i|we|you) (?:buy|get|order|purchase|find)|how (?:can|do|could) (?:i|we) (?:buy|order|purchase|get (?:one|it|this))|how much (?:is|are|does|do|for)|what(?:['’]s| is) the (?:price|cost)|price\s*\?|do you (?:ship|deliver|sell)|(?:is|are) (?:it|this|these|they) (?:available|in stock)|take my money|i (?:want|need) (?:one|this|it|to buy|to order)|can i (?:order|buy|get one)|link\s*\?|restock)/iu,
  },
  {
    stage: 'consideration',
    mentions: 'pricing or a comparison',
    re: /\b(?:demo|free trial|pricing|plans?\s*\?|quote|(?:how does it|how do you) compare|is it worth|vs\.?|versus|alternative to)\b/iu,
  },
];

/**
 * The reader's stage: the draft's, else the settings' default; when only assumed, a reply to
 * someone asking to buy or to compare raises it to that stage (never lowers it).
 */
export function readerStageOf(ctx: RuleContext): ReaderStage {
  return ctx.memo('cta/reader-stage', () => inferReaderStage(ctx));
}

function inferReaderStage(ctx: RuleContext): ReaderStage {
  const base: ReaderStage = { stage: ctx.readerStage, assumed: ctx.readerStageAssumed };
  const asked = ctx.readerStageAssumed && ctx.draft.kind !== 'post' ? ctx.draft.replyTo?.text : undefined;
  if (!asked) return base;
  const sample = asked.length > 2000 ? asked.slice(0, 2000) : asked;
  for (const { stage, re, mentions } of INTENT) {
    if (re.test(sample) && stageIndex(stage) > stageIndex(base.stage)) return { stage, assumed: false, inferredFrom: mentions };
  }
  return base;
}

/** A conversion ask (buy, order, use a code) is a hard sell: nagging an unknown reader with it is worth a warning. */
export function isHardSell(cta: CtaMatch): boolean {
  return cta.stage === 'conversion';
}

/**
 * A fix that swaps the ask for another, when the ask is a whole clause (nothing after it but the
 * clause's end) so the sentence still reads; undefined otherwise.
 */
export function swapAskFix(text: string, cta: CtaMatch, ask: string): Fix | undefined {
  if (!cta.replaceable || cta.span.end > text.length || cta.span.start >= cta.span.end) return undefined;
  let replacement = matchCase(text.slice(cta.span.start, cta.span.end), ask.trim());
  if (/^\s*[.!?…]/.test(text.slice(cta.span.end, cta.span.end + 2))) replacement = replacement.replace(/[.!?…]+$/, '');
  if (!replacement) return undefined;
  return {
    label: `Ask for the next step instead: “${replacement}”`,
    edits: [{ start: cta.span.start, end: cta.span.end, text: replacement }],
  };
}

/** Gives `ask` the capitalisation of the first letter of `original` (not for acronyms). */
function matchCase(original: string, ask: string): string {
  const first = original.charAt(0);
  const a0 = ask.charAt(0);
  const a1 = ask.charAt(1);
  if (first >= 'A' && first <= 'Z' && a0 >= 'a' && a0 <= 'z') return a0.toUpperCase() + ask.slice(1);
  if (first >= 'a' && first <= 'z' && a0 >= 'A' && a0 <= 'Z' && !(a1 >= 'A' && a1 <= 'Z')) {
    return a0.toLowerCase() + ask.slice(1);
  }
  return ask;
}

/** “phrase” with curly quotes, shortened for a one-line message. */
export function quote(phrase: string): string {
  const flat = phrase.replace(/\s+/g, ' ').trim();
  if (flat.length <= 60) return `“${flat}”`;
  const cut = /[\uD800-\uDBFF]/.test(flat.charAt(56)) ? 56 : 57;
  return `“${flat.slice(0, cut).trimEnd()}…”`;
}
