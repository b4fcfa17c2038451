/**
 * A small complaint model: logistic regression over word unigrams and bigrams, character
 * trigrams and the readable cues (classify.ts), trained by scripts/train-complaint.ts on the
 * tuning half of the shared corpus and shipped as a JSON asset the background loads. Pure and
 * deterministic; explainable: the words that weighed most become the evidence spans.
 */
import { z } from 'zod';
import type { Span } from '../schemas';
import type { CueKind } from './cues';

/** The kinds of readable cue the model sees as features (one each, present or not). */
export const CUE_KINDS: readonly CueKind[] = [
  'problem',
  'waiting',
  'negative',
  'anger',
  'negation',
  'sarcasm',
  'intensifier',
  'praise',
  'question',
  'off-topic',
];

/** The shipped weights. Keys of `terms`: "w:word", "b:word word", "c:abc". */
export const ComplaintModelSchema = z.object({
  version: z.literal(1),
  bias: z.number(),
  /** Weight of the cue classifier's own log-odds. */
  cueScore: z.number(),
  /** Weight per cue kind present. */
  cueKinds: z.record(z.string(), z.number()),
  terms: z.record(z.string(), z.number()),
  /** Confidence from which a text is a complaint. */
  threshold: z.number().min(0).max(1),
  /** How it was trained (for the eval and the curious). */
  trainedOn: z.string().optional(),
});
export type ComplaintModel = z.infer<typeof ComplaintModelSchema>;

/** Validates weights read from an asset; the error names where they came from. */
export function parseComplaintModel(json: unknown, where = 'complaint model'): ComplaintModel {
  const parsed = ComplaintModelSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `${where}: not a complaint model (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message})`,
    );
  return parsed.data;
}

/** One feature occurrence; word features carry the span they came from. */
export interface Feature {
  key: string;
  span?: Span;
}

const TOKEN = /https?:\/\/\S+|www\.\S+|@\w+|#?[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[!?]/gu;
/** Char n-grams are read from at most this many words (the start of a post says what it is). */
const MAX_CHAR_WORDS = 120;
/** The model reads at most this many UTF-16 units of a post (every training tweet is shorter). */
export const MODEL_READ_CHARS = 1_000;

/** The token a feature is named by: links and handles folded, digits to 0, lower case. */
function norm(token: string): string {
  if (/^(?:https?:|www\.)/i.test(token)) return '<url>';
  if (token.startsWith('@')) return '<at>';
  return token.toLowerCase().replace(/’/g, "'").replace(/\d/g, '0');
}

/** The word and character features of a text, in order; duplicates kept (the caller counts once). */
export function textFeatures(text: string): Feature[] {
  const out: Feature[] = [];
  let prev: string | undefined;
  let words = 0;
  for (const m of text.matchAll(TOKEN)) {
    const w = norm(m[0]);
    const span = { start: m.index, end: m.index + m[0].length };
    out.push({ key: `w:${w}`, span });
    if (prev !== undefined) out.push({ key: `b:${prev} ${w}` });
    prev = w;
    if (w.startsWith('<') || w.length < 2 || words++ >= MAX_CHAR_WORDS) continue;
    const padded = ` ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.push({ key: `c:${padded.slice(i, i + 3)}` });
  }
  if (/[A-Z]{4,}/.test(text)) out.push({ key: 'f:caps' });
  return out;
}

/** What the model read from one text. */
export interface ModelReading {
  confidence: number;
  complaint: boolean;
  /** Words that pushed towards a complaint, heaviest first (at most five). */
  evidence: { span: Span; term: string; weight: number }[];
}

/** Scores a text with the model, given the cue classifier's log-odds and the cue kinds it found. */
export function scoreWithModel(model: ComplaintModel, text: string, cueLogit: number, kinds: ReadonlySet<string>): ModelReading {
  let z = model.bias + model.cueScore * cueLogit;
  for (const kind of kinds) z += model.cueKinds[kind] ?? 0;
  const seen = new Set<string>();
  const words: { span: Span; term: string; weight: number }[] = [];
  for (const f of textFeatures(text.slice(0, MODEL_READ_CHARS))) {
    if (seen.has(f.key)) continue;
    seen.add(f.key);
    const w = model.terms[f.key];
    if (w === undefined) continue;
    z += w;
    if (f.span && w > 0 && !f.key.startsWith('w:<')) words.push({ span: f.span, term: f.key.slice(2), weight: w });
  }
  const confidence = 1 / (1 + Math.exp(-z));
  words.sort((a, b) => b.weight - a.weight || a.span.start - b.span.start);
  return { confidence, complaint: confidence >= model.threshold, evidence: words.slice(0, 5) };
}
