/**
 * Is the replied-to post a complaint about the brand? A readable score: cue phrases with weights
 * (cues.ts), summed as log-odds and squashed to a confidence. Trouble words count fully; harsh
 * words count fully only when the post speaks to the brand ("this weather is the worst" is not a
 * complaint); praise and plain questions pull the other way.
 */
import type { Span } from '../schemas';
import { COMPLAINT_CUES, DIRECTED_PATTERN, type CueKind } from './cues';
import { scoreWithModel, type ComplaintModel, type ModelReading } from './model';
import { normalizeQuotes } from './normalize';

/** One matched cue, with its span in the classified text. */
export interface ComplaintCue {
  span: Span;
  kind: CueKind;
}

/** The classifier's verdict. */
export interface ComplaintResult {
  complaint: boolean;
  /** 0..1: how sure the classifier is that the text is a complaint. */
  confidence: number;
  cues: ComplaintCue[];
  /** With a model: the words that weighed most towards a complaint, heaviest first. */
  evidence?: ModelReading['evidence'];
}

/** Texts longer than this are classified on their first part (a complaint says so early). */
export const MAX_CLASSIFIED_CHARS = 4_000;
/** Matches of one cue that still add to the score (each after the first adds half). */
const MAX_COUNTED_PER_CUE = 3;
/** The score of a text without any cue: slightly towards "not a complaint". */
const BIAS = -0.7;
/** Harsh words in a post not aimed at the brand weigh this much of their weight. */
const UNDIRECTED_FACTOR = 0.25;
/**
 * Weather and Mondays excuse the brand in "this weather is the worst", not in "@airline delayed
 * again, blaming the weather": next to a concrete failure told to the brand they weigh this much.
 */
const EXCUSE_FACTOR = 0.3;
/** Kinds that need the post to be aimed at the brand to count fully. */
const NEEDS_DIRECTION: ReadonlySet<CueKind> = new Set(['negative', 'anger', 'waiting', 'intensifier']);
/** Kinds that say outright that something is wrong (not just that something happened). */
const HARSH: ReadonlySet<CueKind> = new Set(['negative', 'anger', 'negation', 'sarcasm']);
/** Harsh evidence from which praise is read as sarcasm or politeness. */
const HARSH_FOR_SARCASM = 1.5;
/** What a question still weighs when something is wrong in it ("having trouble, can you help?"). */
const QUESTION_WITH_EVIDENCE_FACTOR = 0.5;
/** What praise still weighs next to harsh words. */
const SARCASTIC_PRAISE_FACTOR = 0.3;

/**
 * Classifies a post or comment as a complaint about the brand or not. Never throws. With a model
 * (model.ts), the cues' score is one of its features and the model decides.
 */
export function classifyComplaint(input: string, model?: ComplaintModel): ComplaintResult {
  const text = normalizeQuotes(typeof input === 'string' ? cut(input) : '');
  const cues: ComplaintCue[] = [];
  const counts = COMPLAINT_CUES.map(() => 0);
  const masks: Span[] = [];
  for (const cue of COMPLAINT_CUES) {
    if (!cue.masks) continue;
    cue.pattern.lastIndex = 0;
    for (const m of text.matchAll(cue.pattern)) masks.push({ start: m.index, end: m.index + m[0].length });
  }
  const masked = (start: number, end: number) => masks.some((k) => start < k.end && end > k.start);
  const found: { i: number; start: number; end: number }[] = [];
  COMPLAINT_CUES.forEach((cue, i) => {
    cue.pattern.lastIndex = 0;
    for (const m of text.matchAll(cue.pattern)) {
      const end = m.index + m[0].length;
      if (cue.weight > 0 && masks.length > 0 && masked(m.index, end)) continue;
      found.push({ i, start: m.index, end });
    }
  });
  // "Love you guys, but my bag is lost": praise before a "but" that the complaint follows is a
  // cushion, not the point. It does not count.
  const turn = complaintTurn(text, found);
  for (const f of found) {
    const cue = COMPLAINT_CUES[f.i]!;
    if (cue.kind === 'praise' && f.end <= turn) continue;
    cues.push({ kind: cue.kind, span: { start: f.start, end: f.end } });
    counts[f.i]!++;
  }
  const directed = DIRECTED_PATTERN.test(text);
  const contributions = COMPLAINT_CUES.map((cue, i) => {
    const n = Math.min(counts[i]!, MAX_COUNTED_PER_CUE);
    if (n === 0) return 0;
    const c = cue.weight * (1 + (n - 1) * 0.5);
    return !directed && NEEDS_DIRECTION.has(cue.kind) ? c * UNDIRECTED_FACTOR : c;
  });
  let evidence = 0;
  let harsh = 0;
  COMPLAINT_CUES.forEach((cue, i) => {
    if (cue.kind === 'intensifier' || cue.weight <= 0) return;
    evidence += contributions[i]!;
    if (HARSH.has(cue.kind)) harsh += contributions[i]!;
  });
  // Weather named next to a concrete failure told to the brand is its excuse, not the subject.
  const failure = COMPLAINT_CUES.some((cue, i) => (cue.kind === 'problem' || cue.kind === 'waiting') && contributions[i]! > 0);
  const excuse = directed && failure;
  let score = BIAS + evidence;
  COMPLAINT_CUES.forEach((cue, i) => {
    const c = contributions[i]!;
    if (c === 0) return;
    if (cue.kind === 'intensifier') score += evidence > 0 ? c : 0;
    // Praise next to harsh words is sarcasm or politeness: "thanks for the 3 hour delay".
    else if (cue.kind === 'praise') score += harsh >= HARSH_FOR_SARCASM ? c * SARCASTIC_PRAISE_FACTOR : c;
    // Asking for help with something wrong is still a complaint: the question only weighs alone.
    else if (cue.kind === 'question') score += evidence > 0 ? c * QUESTION_WITH_EVIDENCE_FACTOR : c;
    else if (cue.kind === 'off-topic') score += excuse ? c * EXCUSE_FACTOR : c;
    else if (cue.weight < 0) score += c;
  });
  // A question mark with nothing wrong in it is a question.
  if (evidence === 0 && text.includes('?')) score -= 0.5;
  const confidence = 1 / (1 + Math.exp(-score));
  cues.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  if (model) {
    const read = scoreWithModel(model, text, score, new Set(cues.map((c) => c.kind)));
    return { complaint: read.complaint, confidence: read.confidence, cues, evidence: read.evidence };
  }
  return { complaint: confidence >= 0.5, confidence, cues };
}

/** "But", "however": the clause after it carries the writer's point. */
const CONTRAST_PATTERN = /\b(?:but|however|although|though|except|unfortunately)\b/gi;

/**
 * Where the text turns to a complaint: the start of the last contrast word that is followed by
 * complaint cues and no praise. -1 when there is no such turn. Linear: one pass from the end.
 */
function complaintTurn(text: string, found: readonly { i: number; start: number }[]): number {
  CONTRAST_PATTERN.lastIndex = 0;
  const turns = [...text.matchAll(CONTRAST_PATTERN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (turns.length === 0) return -1;
  const after = [...found].sort((a, b) => b.start - a.start);
  let next = 0;
  let complaint = false;
  let praise = false;
  for (let t = turns.length - 1; t >= 0; t--) {
    const turn = turns[t]!;
    for (; next < after.length && after[next]!.start >= turn.end; next++) {
      const cue = COMPLAINT_CUES[after[next]!.i]!;
      if (cue.kind === 'praise') praise = true;
      else if (cue.weight > 0 && cue.kind !== 'intensifier') complaint = true;
    }
    if (praise) return -1;
    if (complaint) return turn.start;
  }
  return -1;
}

function cut(text: string): string {
  if (text.length <= MAX_CLASSIFIED_CHARS) return text;
  const code = text.charCodeAt(MAX_CLASSIFIED_CHARS - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_CLASSIFIED_CHARS - 1 : MAX_CLASSIFIED_CHARS);
}
