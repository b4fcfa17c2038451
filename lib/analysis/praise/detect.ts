/**
 * Is the post being answered praise, and is the reply only a canned line? Praise is read from the
 * complaint classifier's own cues: a post it does not take for a complaint, with a praise cue and
 * no trouble, harsh word or question in it ("Love the new app, thanks!").
 */
import { classifyComplaint, type ComplaintCue } from '../complaint/classify';
import type { Span } from '../schemas';

/** Cue kinds that make a post more than praise: trouble, judgement, a question. */
const NOT_ONLY_PRAISE = new Set<ComplaintCue['kind']>([
  'problem',
  'waiting',
  'negative',
  'anger',
  'negation',
  'sarcasm',
  'question',
  'off-topic',
]);
/** "Thanks, but …": what follows the turn is the point. */
const CONTRAST = /\b(?:but|however|though|although|unfortunately|hopefully|except)\b/i;
/** Highest complaint confidence a praise post may have. */
const MAX_CONFIDENCE = 0.3;

export interface PraiseReading {
  /** 1 - the classifier's complaint confidence. */
  confidence: number;
  /** The praise cues, as spans of the post. */
  cues: Span[];
}

/** The praise in a post, or null when it is not (only) praise. */
export function readPraise(text: string): PraiseReading | null {
  const result = classifyComplaint(text);
  if (result.complaint || result.confidence > MAX_CONFIDENCE) return null;
  if (result.cues.some((c) => NOT_ONLY_PRAISE.has(c.kind)) || CONTRAST.test(text)) return null;
  const cues = result.cues.filter((c) => c.kind === 'praise').map((c) => c.span);
  return cues.length ? { confidence: 1 - result.confidence, cues } : null;
}

/** Boilerplate a support desk pastes under any comment: it says nothing about this one. */
const CANNED_SENTENCES = [
  /^(?:thanks?|thank you)(?: (?:so|very) much)?(?: for (?:your|the) (?:feedback|comment|comments|kind (?:words|feedback)|review|support|business|message|post|tweet))$/,
  /^(?:thanks?|thank you)(?: (?:so|very) much)? for (?:reaching out|contacting us|choosing us|being a (?:valued )?customer|your patience|sharing(?: your (?:feedback|experience))?)$/,
  /^we (?:really |truly )?(?:appreciate|value) (?:your|the|all|all our|our) (?:feedback|comments?|kind words|business|support|input|customers?)$/,
  /^(?:your|customer) feedback (?:is|means) (?:(?:very|so) )?(?:important|valuable|a lot) to us$/,
  /^we (?:are|re) (?:always )?(?:glad|happy|pleased|delighted) to (?:hear|read) (?:that|this|it)?$/,
  /^(?:glad|happy|pleased|delighted) to hear (?:that|this|it)$/,
  /^we (?:strive|aim|work hard) to .{0,60}$/,
  /^(?:have a (?:great|nice|good|wonderful) (?:day|week|weekend|one)|cheers|best regards|kind regards|regards)$/,
  /^we (?:hope|look forward to) (?:to )?(?:see|seeing|serve|serving|hearing from) you (?:again|soon)(?: soon)?$/,
  /^(?:it was|it s) (?:our|a) pleasure$/,
  /^(?:thanks?|thank you)$/,
];

/** A plain thank-you alone is the essays' advice, not boilerplate: only boilerplate beside it counts. */
const PLAIN_THANKS = /^(?:thanks?|thank you)$/;

/** Reply text reduced to its words: no @mentions, links, emoji, signatures ("^cr") or punctuation. */
function sentencesOf(text: string): string[] {
  const flat = text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@^][\w.]+/g, ' ')
    .replace(/[’']/g, ' ')
    .replace(/[-–—]\s*[a-z]{1,3}\s*$/u, ' ');
  return flat
    .split(/[.!?\n]+|,\s*(?=(?:we|have|cheers|thanks|thank)\b)/u)
    .map((s) =>
      s
        .replace(/[^\p{L}\p{N} ]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * True when the reply is only boilerplate: every sentence a stock line, and more than a plain
 * "Thank you!" (which is what the essays recommend).
 */
export function isCannedOnly(text: string): boolean {
  const sentences = sentencesOf(text);
  if (sentences.length === 0) return false;
  if (!sentences.every((s) => CANNED_SENTENCES.some((re) => re.test(s)))) return false;
  return sentences.some((s) => !PLAIN_THANKS.test(s));
}
