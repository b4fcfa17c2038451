/**
 * What the complaint rules share, computed once per analysis through ctx.memo (keys start with
 * "complaint/"): the replied-to post's classification and what the reply offers.
 */
import type { RuleContext } from '../rule';
import { classifyComplaint, type ComplaintResult } from './classify';
import { asksQuestion, needsPrivateChannel, REASON_TEXT, replyKind, strongestCue, type NeedsPrivateResult } from './needs-private';
import type { ComplaintReading } from '../schemas';
import { normalizeQuotes } from './normalize';
import { detectPrivateChannel, findPublicDataAsks, type ChannelResult, type DataAsk } from './channel';
import { detectLanguage, draftLanguage, type LanguageReading } from '../text/language';

/** The language of the post being answered; null when the draft answers nothing. */
export function repliedLanguage(ctx: RuleContext): LanguageReading | null {
  return ctx.memo('language/replied', () => {
    const replyTo = ctx.draft.replyTo;
    if (ctx.draft.kind === 'post' || !replyTo) return null;
    return detectLanguage(replyTo.text);
  });
}

/**
 * The classification of the post being answered; null when the draft answers nothing or the post
 * is in a language the cues don't cover (the checks stay quiet rather than guess).
 */
export function repliedComplaint(ctx: RuleContext): ComplaintResult | null {
  return ctx.memo('complaint/replied', () => {
    const replyTo = ctx.draft.replyTo;
    if (ctx.draft.kind === 'post' || !replyTo) return null;
    if (repliedLanguage(ctx)?.covered === false) return null;
    return classifyComplaint(replyTo.text, ctx.complaintModel);
  });
}

/** Whether the post being answered needs a private channel; null when the draft answers nothing. */
export function repliedNeedsPrivate(ctx: RuleContext): NeedsPrivateResult | null {
  return ctx.memo('complaint/needs-private', () => {
    const replyTo = ctx.draft.replyTo;
    if (ctx.draft.kind === 'post' || !replyTo) return null;
    if (repliedLanguage(ctx)?.covered === false) return null;
    return needsPrivateChannel(replyTo.text);
  });
}

/**
 * True when the draft is a reply or comment to a complaint: the only drafts these rules read. The
 * rules read the reply's wording too, so a reply in a language the cues don't cover is left alone.
 */
export function isComplaintReply(ctx: RuleContext): boolean {
  return repliedComplaint(ctx)?.complaint === true && draftLanguage(ctx).covered;
}

/**
 * The confidence from which a post surely is a complaint. The model calls a post a complaint from
 * a lower one (it is tuned to catch them), and a service request, a joke or a brand's own
 * announcement near that line is better left without "sorry" or notes about "this complaint".
 * Measured on the airline tuning half (half A): of the posts the model calls complaints with a
 * confidence from 0.5 to 0.6, only 60% are (127 of 210; the rest are questions, requests and
 * banter); from 0.6 on, 92%.
 */
const SURE_COMPLAINT_CONFIDENCE = 0.6;

/** True when the post being answered surely is a complaint (see SURE_COMPLAINT_CONFIDENCE). */
export function isSureComplaint(ctx: RuleContext): boolean {
  return (repliedComplaint(ctx)?.confidence ?? 0) >= SURE_COMPLAINT_CONFIDENCE;
}

/** Thanks and praise: a post that says them is no request for help. */
const GRATITUDE =
  /\b(?:thank(?:s| you)(?: so much| a lot| again)?(?: @\w+)? (?:for|to)|thx (?:for|to)|appreciate|kudos|great (?:job|service|work|experience)|(?:nice|good) (?:job|work|one)|well done|you rock|shout ?out|set the bar|outstanding|surpass\w* (?:my |our |all )?expectations|exceed\w* (?:my |our |all )?expectations|stress[\s-]free|very (?:capable|helpful|kind|friendly)|(?:wonderful|fantastic|lovely|great) (?:time|stay|trip|flight)|love (?:you|it|this|that)|amazing|awesome|excellent)\b/i;
/** "Thanks for ruining my weekend": thanks said in anger. */
const SARCASM =
  /\b(?:for (?:\w+ ){0,2}?(?:ruin|wast|break|los|leav|charg|ignor|cancel|delay|screw|mess)\w*|for nothing|for (?:making|letting) (?:me|us)|not|never|no one|nobody|suck\w*|worst|hate|terrible|awful|useless)\b|n't (?:\w+ )?(?:work\w*|help\w*|care|answer\w*|respond\w*|arriv\w*|come|get|load\w*|fix\w*)\b|#fail|\bsmh\b/i;
/** A reply that reads the post as praise: thanks for the kind words, glad we could help. */
const REPLY_THANKS =
  /\b(?:thank(?:s| you) for (?:the |your )?(?:kind words|loyalty|love|shout ?out|recogni\w*|compliments?|praise|flying|choosing)|glad (?:we|you|that|to hear|to see)|(?<!not )(?:happy|thrilled|delighted) to (?:hear|see)|we love (?:being|hearing|to hear|that|seeing)|(?:ok(?:ay)?|that's|that is) great|(?:looks|sounds) (?:delish|delicious|great|amazing|lovely)|congrat\w*|enjoy)\b/i;

/** True when the post being answered thanks or praises the brand (not in anger). */
export function repliedIsThanks(ctx: RuleContext): boolean {
  const post = normalizeQuotes((ctx.draft.replyTo?.text ?? '').slice(0, 1_000));
  return GRATITUDE.test(post) && !SARCASM.test(post);
}

/**
 * True when the reply reads the post as no complaint and the post has nothing of the customer's
 * own (no needs-private cue): thanks it answers as praise ("Thanks for the kind words!"), or a
 * plain question it answers with real information. Asking such a reply to apologise would be
 * wrong; the classifier's misreadings of praise and questions end here.
 */
export function replyReadsNoComplaint(ctx: RuleContext): boolean {
  if (repliedNeedsPrivate(ctx)?.needed) return false;
  if (repliedIsThanks(ctx) || REPLY_THANKS.test(ctx.text.slice(0, 600))) return true;
  // A question answered in public; a reply that hands it to a private channel sees a problem in it.
  return asksQuestion(ctx.draft.replyTo?.text ?? '') && replyKind(ctx.text) === 'information' && !replyChannels(ctx).offered;
}

/** True when the draft answers a post and both are in a language the cues cover. */
export function replyIsCovered(ctx: RuleContext): boolean {
  return repliedLanguage(ctx)?.covered !== false && ctx.draft.kind !== 'post' && !!ctx.draft.replyTo && draftLanguage(ctx).covered;
}

/** The private channels the draft offers. */
export function replyChannels(ctx: RuleContext): ChannelResult {
  return ctx.memo('complaint/channels', () => detectPrivateChannel(ctx.text));
}

/** The draft's public requests for personal data. */
export function replyDataAsks(ctx: RuleContext): DataAsk[] {
  return ctx.memo('complaint/data-asks', () => findPublicDataAsks(ctx.text));
}

/** The confidence to report in findings' data, rounded to two decimals. */
export function confidenceData(ctx: RuleContext): { complaintConfidence: number } {
  return { complaintConfidence: Math.round((repliedComplaint(ctx)?.confidence ?? 0) * 100) / 100 };
}

/** Cue kinds in the words a reader sees ("problem “cancelled”"). */
const CUE_NAMES: Record<string, string> = {
  problem: 'a failure',
  waiting: 'waiting',
  negative: 'a harsh word',
  anger: 'anger',
  negation: 'something good negated',
  sarcasm: 'sarcasm',
  intensifier: 'emphasis',
  praise: 'praise',
  question: 'a question',
  'off-topic': 'not the brand',
};

/** The reading of the post being answered, for the report; undefined when the draft answers nothing. */
export function complaintReading(ctx: RuleContext): ComplaintReading | undefined {
  const replied = repliedComplaint(ctx);
  const need = repliedNeedsPrivate(ctx);
  if (!replied || !need) return undefined;
  const text = ctx.draft.replyTo?.text ?? '';
  // One reason per stretch of text and kind: "never" inside "never arrived" is not named apart,
  // and two patterns that both read "never" give the same line, named once.
  const cues = replied.cues.filter((c) => c.kind !== 'intensifier');
  const inLonger = (c: (typeof cues)[number]) =>
    cues.some(
      (o) =>
        o.kind === c.kind &&
        o.span.start <= c.span.start &&
        o.span.end >= c.span.end &&
        o.span.end - o.span.start > c.span.end - c.span.start,
    );
  const reasons = [
    ...new Set(cues.filter((c) => !inLonger(c)).map((c) => `${CUE_NAMES[c.kind] ?? c.kind} “${text.slice(c.span.start, c.span.end)}”`)),
  ].slice(0, 5);
  // The model's heaviest words, as written in the post.
  const weighed = [...new Set((replied.evidence ?? []).map((e) => text.slice(e.span.start, e.span.end)))].slice(0, 3);
  if (weighed.length > 0) reasons.push(`the model weighed ${weighed.map((w) => `“${w}”`).join(', ')}`);
  const cue = strongestCue(need);
  if (need.needed && cue) reasons.push(`needs a private channel: about ${REASON_TEXT[cue.reason]} (“${cue.text}”)`);
  else reasons.push(`no private channel needed${need.against ? `: ${need.against}` : ''}`);
  return { confidence: Math.round(replied.confidence * 100) / 100, needsPrivate: need.needed, reasons };
}
