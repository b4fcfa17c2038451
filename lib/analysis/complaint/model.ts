/**
 * A small complaint model: L2-regularised logistic regression over word unigrams and bigrams,
 * character n-grams within words and the readable cues (classify.ts), trained by
 * scripts/train-complaint.ts on the tuning half of the shared corpus and shipped as a JSON asset
 * the background loads. Pure and deterministic; explainable: the words and phrases that weighed
 * most become the evidence spans.
 *
 * Tokens are read the way tweets are written: lower case after NFKC ("𝐒𝐮𝐛" reads "sub"), links,
 * handles and digits folded, elongations shortened ("sooo" → "soo"), emoji and emoticons kept as
 * tokens, and words in the scope of a negation ("not good") marked "!good".
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

/** Which features a model reads (the trainer and the reader must agree). */
export const FeatureSettingsSchema = z.object({
  /** Character n-grams of these lengths inside each word padded with a space ("c: re"). */
  charMin: z.number().int().min(2).max(8),
  charMax: z.number().int().min(2).max(8),
  /** Word bigrams ("b:not cool"). */
  bigrams: z.boolean(),
  /** Words after "not", "never", "no", "…n't" up to the next punctuation read "w:!word". */
  negation: z.boolean(),
});
export type FeatureSettings = z.infer<typeof FeatureSettingsSchema>;

/**
 * The shipped weights. Keys of `terms`: "w:word", "b:word word", "c:abc", "f:caps"; values are
 * whole multiples of `quantum` (a compact file), so a term weighs `terms[key] * quantum`.
 */
export const ComplaintModelSchema = z.object({
  version: z.literal(2),
  bias: z.number(),
  /** Weight of the cue classifier's own log-odds. */
  cueScore: z.number(),
  /** Weight per cue kind present. */
  cueKinds: z.record(z.string(), z.number()),
  features: FeatureSettingsSchema.refine((f) => f.charMin <= f.charMax, 'charMin is above charMax'),
  quantum: z.number().positive(),
  terms: z.record(z.string(), z.number().int()),
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

const TOKEN =
  /https?:\/\/\S+|www\.\S+|@\w+|#?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*|\p{Extended_Pictographic}|(?:[:;=][-o^']?[()[\]dDpP/\\|*3]+|<3)(?![\p{L}\p{N}])|[!?.,;:]/gu;
/** Char n-grams are read from at most this many words (the start of a post says what it is). */
const MAX_CHAR_WORDS = 120;
/** The model reads at most this many UTF-16 units of a post (every training tweet is shorter). */
export const MODEL_READ_CHARS = 1_000;
const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'cannot', 'without', 'nor', 'neither']);
const NON_ASCII = /[\u0080-\uffff]/;
const ELONGATED = /(.)\1{2,}/gu;

/** The token a feature is named by. */
function norm(token: string): string {
  const c = token.charCodeAt(0);
  if (c === 0x40) return '<at>';
  if ((c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57) && /^(?:https?:|www\.)/i.test(token)) return '<url>';
  let t = NON_ASCII.test(token) ? token.normalize('NFKC') : token;
  t = t.toLowerCase().replace(/’/g, "'").replace(/\d/g, '0');
  return t.length > 2 ? t.replace(ELONGATED, '$1$1') : t;
}

const negates = (w: string) => NEGATORS.has(w) || w.endsWith("n't");
const isWord = (w: string) => /^#?[\p{L}\p{N}]/u.test(w) && !w.startsWith('<');

/** A raw token read: its normalised form, whether it is a word, whether it starts a negation. */
interface Read {
  w: string;
  word: boolean;
  negates: boolean;
  grams: boolean;
}
/** Raw tokens already read (a pure function's results; bounded: cleared when full). */
const reads = new Map<string, Read>();
const CACHED_TOKENS = 20_000;
function readToken(raw: string): Read {
  let r = reads.get(raw);
  if (!r) {
    const w = norm(raw);
    r = { w, word: isWord(w), negates: negates(w), grams: hasCharGrams(w) };
    if (reads.size >= CACHED_TOKENS) reads.clear();
    reads.set(raw, r);
  }
  return r;
}

/** Words (not links, handles, emoji or punctuation) of two letters or more have char n-grams. */
const hasCharGrams = (w: string) => w.length >= 2 && isWord(w);

/** One token as the features see it. */
interface Token {
  /** The normalised token ("<at>", "soo", "0000", "😡"). */
  w: string;
  start: number;
  end: number;
  /** Its position among the text's tokens. */
  index: number;
  /** In the scope of a negation (and settings.negation). */
  negated: boolean;
  /** Whether its character n-grams are read. */
  chars: boolean;
  /** The token before it in the same clause (for a bigram), if any. */
  prev: string | undefined;
  prevStart: number;
}

/**
 * Calls `visit` for every token of a text, in order (reusing one object: copy what you keep), and
 * returns whether the text shouts (a word of four capitals or more).
 */
function forEachToken(text: string, settings: FeatureSettings, visit: (t: Token) => void): boolean {
  const t: Token = { w: '', start: 0, end: 0, index: 0, negated: false, chars: false, prev: undefined, prevStart: 0 };
  let index = 0;
  let words = 0;
  let negated = false;
  let caps = false;
  let prev: string | undefined;
  let prevStart = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    if (raw.length === 1 && '.,;:'.includes(raw)) {
      negated = false;
      prev = undefined;
      continue;
    }
    const { w, word, negates: negation, grams } = readToken(raw);
    if (!caps && raw.length >= 4 && /^[A-Z]+$/.test(raw)) caps = true;
    t.w = w;
    t.start = m.index;
    t.end = m.index + raw.length;
    t.index = index++;
    t.negated = negated && settings.negation && word;
    t.chars = grams && words++ < MAX_CHAR_WORDS;
    t.prev = settings.bigrams ? prev : undefined;
    t.prevStart = prevStart;
    visit(t);
    prev = w;
    prevStart = t.start;
    if (w === '!' || w === '?') negated = false;
    else if (negation) negated = true;
  }
  return caps;
}

/** Calls `visit` with each character n-gram key of a normalised word ("c: re", "c:fun", "c:nd "). */
function forEachCharGram(w: string, settings: FeatureSettings, visit: (key: string) => void): void {
  const padded = ` ${w.startsWith('#') ? w.slice(1) : w} `;
  for (let n = settings.charMin; n <= settings.charMax; n++)
    for (let k = 0; k + n <= padded.length; k++) visit(`c:${padded.slice(k, k + n)}`);
}

const unigramKey = (w: string, negated: boolean) => (negated ? `w:!${w}` : `w:${w}`);

/**
 * Calls `visit` for every feature of a text, in order (duplicates included; the caller counts
 * each once). `word` is the index of the token the feature belongs to (unigrams, char n-grams) or, for a bigram, of its second word; -1 for the text as a whole.
 * The reference reading: the trainer uses it, scoreWithModel reads the same features faster.
 */
export function forEachFeature(
  text: string,
  settings: FeatureSettings,
  visit: (key: string, start: number, end: number, word: number) => void,
): void {
  const caps = forEachToken(text.slice(0, MODEL_READ_CHARS), settings, (t) => {
    visit(unigramKey(t.w, t.negated), t.start, t.end, t.index);
    if (t.prev !== undefined) visit(`b:${t.prev} ${t.w}`, t.prevStart, t.end, t.index);
    if (t.chars) forEachCharGram(t.w, settings, (key) => visit(key, t.start, t.end, t.index));
  });
  if (caps) visit('f:caps', 0, 0, -1);
}

/** The distinct feature keys of a text (what the trainer reads). */
export function featureKeys(text: string, settings: FeatureSettings): string[] {
  const keys = new Set<string>();
  forEachFeature(text, settings, (key) => keys.add(key));
  return [...keys];
}

/** What the model read from one text. */
export interface ModelReading {
  confidence: number;
  complaint: boolean;
  /**
   * For a complaint: the words and phrases that pushed towards it, heaviest first (at most five,
   * not overlapping, none a bare function word); empty when the text is no complaint.
   */
  evidence: { span: Span; term: string; weight: number }[];
}

/** Per normalised word: the model's term indices of its unigram (plain, negated) and char n-grams (each once); -1 = none. */
interface WordTerms {
  unigram: number;
  negatedUnigram: number;
  chars: Int32Array;
}

/** A model made ready to read: weights by index, a stamp per term so each counts once per text. */
interface Ready {
  index: Map<string, number>;
  weights: Float64Array;
  stamps: Uint32Array;
  stamp: number;
  /** Terms per word seen (bounded: cleared when full). */
  words: Map<string, WordTerms>;
  /** Bigram term indices by first word, then second ("b:not cool" → not → cool). */
  bigrams: Map<string, Map<string, number>>;
}
const readyModels = new WeakMap<ComplaintModel, Ready>();
/** Words whose terms are remembered per model. */
const CACHED_WORDS = 20_000;

function ready(model: ComplaintModel): Ready {
  let r = readyModels.get(model);
  if (!r) {
    const keys = Object.keys(model.terms);
    r = {
      index: new Map(keys.map((k, i) => [k, i])),
      weights: Float64Array.from(keys, (k) => model.terms[k]! * model.quantum),
      stamps: new Uint32Array(keys.length),
      stamp: 0,
      words: new Map(),
      bigrams: new Map(),
    };
    keys.forEach((k, i) => {
      if (!k.startsWith('b:')) return;
      const [first = '', second = ''] = k.slice(2).split(' ');
      let next = r!.bigrams.get(first);
      if (!next) r!.bigrams.set(first, (next = new Map()));
      next.set(second, i);
    });
    readyModels.set(model, r);
  }
  return r;
}

function wordTerms(r: Ready, t: Token, settings: FeatureSettings): WordTerms {
  let terms = r.words.get(t.w);
  if (!terms) {
    const at = (key: string | undefined) => (key === undefined ? -1 : (r.index.get(key) ?? -1));
    const chars: number[] = [];
    // Whether n-grams are read also depends on the word's place (the first MAX_CHAR_WORDS words):
    // the cache holds them for every word that can have them, the caller decides.
    if (hasCharGrams(t.w))
      forEachCharGram(t.w, settings, (key) => {
        const i = r.index.get(key);
        if (i !== undefined && !chars.includes(i)) chars.push(i);
      });
    const word = isWord(t.w);
    terms = {
      unigram: at(unigramKey(t.w, false)),
      negatedUnigram: word ? at(unigramKey(t.w, true)) : -1,
      chars: Int32Array.from(chars),
    };
    if (r.words.size >= CACHED_WORDS) r.words.clear();
    r.words.set(t.w, terms);
  }
  return terms;
}

/** Evidence is gathered for at most this many words of a text. */
const MAX_EVIDENCE_WORDS = 64;
/** What a word or phrase must weigh to be named as evidence. */
const MIN_EVIDENCE_WEIGHT = 0.1;
/** Words that carry no complaint of their own: never named alone as evidence ("you", "the"). */
const FUNCTION_WORDS = new Set(
  'a an the i me my you your we our us he she it its they them this that these those to of for on in at by from with and or but so as is am are was were be been do does did have has had one what'.split(
    ' ',
  ),
);
/** Scratch space for the evidence of one reading (reused: reading allocates little). */
const wordWeight = new Float64Array(MAX_EVIDENCE_WORDS);
const phraseWeight = new Float64Array(MAX_EVIDENCE_WORDS);
const spanStart = new Int32Array(MAX_EVIDENCE_WORDS);
const spanEnd = new Int32Array(MAX_EVIDENCE_WORDS);
const phraseStart = new Int32Array(MAX_EVIDENCE_WORDS);

/** Scores a text with the model, given the cue classifier's log-odds and the cue kinds it found. */
export function scoreWithModel(model: ComplaintModel, text: string, cueLogit: number, kinds: ReadonlySet<string>): ModelReading {
  const r = ready(model);
  if (++r.stamp === 0xffffffff) {
    r.stamps.fill(0);
    r.stamp = 1;
  }
  const { stamps, weights, index } = r;
  const stamp = r.stamp;
  const settings = model.features;
  let z = model.bias + model.cueScore * cueLogit;
  for (const kind of kinds) z += model.cueKinds[kind] ?? 0;
  // Per word: what it and its character n-grams weighed; per bigram: its own weight.
  wordWeight.fill(0);
  phraseWeight.fill(0);
  let tokens = 0;
  /** The weight of term i if it was not counted yet in this text, else 0. */
  const once = (i: number | undefined): number => {
    if (i === undefined || i < 0 || stamps[i] === stamp) return 0;
    stamps[i] = stamp;
    return weights[i]!;
  };
  const caps = forEachToken(text.slice(0, MODEL_READ_CHARS), settings, (t) => {
    const terms = wordTerms(r, t, settings);
    let w = once(t.negated ? terms.negatedUnigram : terms.unigram);
    if (t.chars) for (const i of terms.chars) w += once(i);
    const phrase = t.prev === undefined ? 0 : once(r.bigrams.get(t.prev)?.get(t.w));
    z += w + phrase;
    const k = t.index;
    tokens = k + 1;
    if (k >= MAX_EVIDENCE_WORDS || t.w.charCodeAt(0) === 0x3c /* "<" */) return;
    const plain = FUNCTION_WORDS.has(t.w);
    wordWeight[k] = plain ? 0 : w;
    phraseWeight[k] = t.prev === undefined || t.prev.startsWith('<') || (plain && FUNCTION_WORDS.has(t.prev)) ? 0 : phrase;
    spanStart[k] = t.start;
    spanEnd[k] = t.end;
    phraseStart[k] = t.prevStart;
  });
  if (caps) z += once(index.get('f:caps'));
  const confidence = 1 / (1 + Math.exp(-z));
  const complaint = confidence >= model.threshold;
  // For a complaint: the heaviest words and phrases that pushed towards it, at most five, none
  // overlapping one already taken.
  const evidence: ModelReading['evidence'] = [];
  const n = complaint ? Math.min(tokens, MAX_EVIDENCE_WORDS) : 0;
  while (complaint && evidence.length < 5) {
    let best = MIN_EVIDENCE_WEIGHT;
    let at = -1;
    let phrase = false;
    for (let k = 0; k < n; k++) {
      if (wordWeight[k]! > best) [best, at, phrase] = [wordWeight[k]!, k, false];
      if (phraseWeight[k]! > best) [best, at, phrase] = [phraseWeight[k]!, k, true];
    }
    if (at < 0) break;
    const span = { start: phrase ? phraseStart[at]! : spanStart[at]!, end: spanEnd[at]! };
    if (phrase) phraseWeight[at] = 0;
    else wordWeight[at] = 0;
    if (evidence.some((e) => span.start < e.span.end && span.end > e.span.start)) continue;
    evidence.push({ span, term: text.slice(span.start, span.end).toLowerCase(), weight: Math.round(best * 1000) / 1000 });
  }
  return { confidence, complaint, evidence };
}
