/**
 * Which language a text is in, as far as the complaint and CTA cues care: they read English only.
 * The detector is franc-min (trigram profiles of 80-odd languages, no data loaded at run time);
 * this module adds what the checks need around it: links, handles, hashtags and emoji are left out
 * before detection, too little text decides nothing ("ok 👍" is no evidence either way), a text
 * mostly in a non-Latin script is read by its script, and a Latin-script text counts as English
 * when English function words make up a fair share of its words, or when it carries none of
 * another language's (stopword's lists), or when the detector says so.
 */
import { francAll } from 'franc-min';
import { ces, deu, fra, hau, hrv, hun, ind, ita, nld, pol, por, ron, slk, spa, swa, swe, tgl, tur, vie, yor } from 'stopword';
import type { RuleContext } from '../rule';

/** The languages whose cues Postwise has (ISO 639-3). */
export const COVERED_LANGUAGES: ReadonlySet<string> = new Set(['eng']);

/** Detection reads at most this many characters of the cleaned text (a language shows early). */
const SAMPLE_CHARS = 600;
/** What the trigram detector reads of a Latin-script text. */
const DETECTOR_CHARS = 300;
/**
 * The Latin-script languages the detector chooses among (franc-min codes): the most posted-in
 * ones. A text in another still reads as one of them, which Postwise's cues don't cover either.
 */
const LATIN_CANDIDATES = [
  'eng',
  'spa',
  'por',
  'fra',
  'deu',
  'ita',
  'nld',
  'pol',
  'tur',
  'ind',
  'vie',
  'swe',
  'ron',
  'ces',
  'hun',
  'tgl',
  'swh',
  'hau',
  'yor',
  'uzn',
  'azj',
  'hrv',
  'slk',
];
/** Fewer letters than this decide nothing in a Latin-script text. */
const MIN_LATIN_LETTERS = 30;
/** Fewer letters than this decide nothing in a non-Latin script (one CJK character carries a word). */
const MIN_OTHER_LETTERS = 6;
/** Share of the letters in non-Latin scripts from which the script decides. */
const OTHER_SCRIPT_SHARE = 0.6;

/** What the detector read. */
export interface LanguageReading {
  /** ISO 639-3 code, or 'und' when the text was too short or too mixed to tell. */
  lang: string;
  /** True when the text was long enough to decide. */
  decided: boolean;
  /** True when Postwise's cues cover the text's language (or nothing was decided). */
  covered: boolean;
}

/** Names of the languages a note may mention; others are named by code. */
const NAMES: Record<string, string> = {
  spa: 'Spanish',
  deu: 'German',
  fra: 'French',
  por: 'Portuguese',
  ita: 'Italian',
  nld: 'Dutch',
  hin: 'Hindi',
  jpn: 'Japanese',
  cmn: 'Chinese',
  kor: 'Korean',
  arb: 'Arabic',
  rus: 'Russian',
  tur: 'Turkish',
  pol: 'Polish',
  ind: 'Indonesian',
  vie: 'Vietnamese',
  tha: 'Thai',
  ukr: 'Ukrainian',
  ben: 'Bengali',
  urd: 'Urdu',
  pes: 'Persian',
  swe: 'Swedish',
  ron: 'Romanian',
  ell: 'Greek',
};

/** The name of a language code for a sentence ("Spanish"), or "a language other than English". */
export function languageName(lang: string): string {
  return NAMES[lang] ?? 'a language other than English';
}

const NOISE = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_]+|\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\p{N}_]+/gu;
const LETTER = /\P{L}+/gu;
const LATIN = /\P{Script=Latin}+/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Scripts a text is read by when most of its letters are in one of them (each `re` matches what is not in it). */
const SCRIPTS: readonly { lang: string; re: RegExp }[] = [
  { lang: 'hin', re: /\P{Script=Devanagari}+/gu },
  { lang: 'arb', re: /\P{Script=Arabic}+/gu },
  { lang: 'kor', re: /\P{Script=Hangul}+/gu },
  { lang: 'rus', re: /\P{Script=Cyrillic}+/gu },
  { lang: 'ell', re: /\P{Script=Greek}+/gu },
  { lang: 'tha', re: /\P{Script=Thai}+/gu },
  { lang: 'heb', re: /\P{Script=Hebrew}+/gu },
  { lang: 'ben', re: /\P{Script=Bengali}+/gu },
  { lang: 'cmn', re: /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu },
];

/**
 * How many UTF-16 units of text are in a class, given the class's complement as `notRe` (one
 * native replace: several times faster than collecting every match).
 */
const count = (text: string, notRe: RegExp) => text.replace(notRe, '').length;
/**
 * English function words no other common Latin-script language writes the same way. A text where
 * they make up this share of the words is English whatever trigrams say: short English tweets
 * ("sat at airport for 5 hrs") are where trigram detectors guess wildly.
 */
const ENGLISH_WORDS = new Set(
  (
    'the you your i my we our us it its is are was were be been have has had does did not ' +
    'can could will would should this that these those what why how when where who with for from of to and or but ' +
    'just got get still please thanks thank if so at by about than then there they them their she his her ' +
    "i'm don't can't it's you're we're i've i'll won't isn't doesn't didn't"
  ).split(' '),
);
const ENGLISH_SHARE = 0.1;
/**
 * The little words (stopword's lists) of the Latin-script candidates other than English. A
 * trigram detector guesses wildly on short or hashtag-heavy English (headlines, lists of nouns),
 * so another language is believed only when the text carries its own little words too; and a
 * text with none of any candidate's is not sent to the detector at all (the common case, and
 * the detector is most of the analysis' cost).
 */
const OWN_LISTS: Record<string, readonly string[]> = {
  spa,
  por,
  fra,
  deu,
  ita,
  nld,
  pol,
  tur,
  ind,
  vie,
  swe,
  ron,
  ces,
  hun,
  tgl,
  swh: swa,
  hau,
  yor,
  hrv,
  slk,
};
/** The candidates with a list of little words; English, with its own, is the last. */
const LISTED = [...Object.keys(OWN_LISTS), 'eng'];
const ENGLISH_BIT = 1 << (LISTED.length - 1);
/** Word → the languages (bit i = LISTED[i]) whose little words include it: one lookup a word. */
const LITTLE_WORDS = new Map<string, number>();
const addLittle = (word: string, bit: number) => LITTLE_WORDS.set(word, (LITTLE_WORDS.get(word) ?? 0) | bit);
Object.keys(OWN_LISTS).forEach((lang, i) => {
  for (const w of OWN_LISTS[lang]!) addLittle(w.toLowerCase().replace(/’/g, "'"), 1 << i);
});
for (const w of ENGLISH_WORDS) addLittle(w, ENGLISH_BIT);

/** The listed languages whose little words make up at least ENGLISH_SHARE of the words, in one pass. */
function languagesWithOwnWords(words: readonly string[]): Set<string> {
  const counts = new Array<number>(LISTED.length).fill(0);
  for (const w of words) {
    const mask = LITTLE_WORDS.get(w);
    if (mask) for (let i = 0; i < LISTED.length; i++) if (mask & (1 << i)) counts[i]!++;
  }
  return new Set(LISTED.filter((_, i) => counts[i]! / words.length >= ENGLISH_SHARE));
}
/** A candidate without a list of little words (uzn, azj) needs this many letters to be believed. */
const MIN_LETTERS_OTHER_LATIN = 60;
const WORD = /[\p{L}'’]+/gu;

const UNDECIDED: LanguageReading = { lang: 'und', decided: false, covered: true };

/** Reads the language of a text. Pure, deterministic, bounded: it looks at a prefix only. */
export function detectLanguage(input: string): LanguageReading {
  const text = (typeof input === 'string' ? input.slice(0, SAMPLE_CHARS * 3) : '').replace(NOISE, ' ').slice(0, SAMPLE_CHARS);
  const letters = count(text, LETTER);
  if (letters < MIN_OTHER_LETTERS) return UNDECIDED;
  const latin = count(text, LATIN);
  const other = letters - latin;
  if (other / letters >= OTHER_SCRIPT_SHARE) {
    // A script of its own decides; with enough of it the detector names the language more finely.
    let best = { lang: 'und', n: 0 };
    for (const s of SCRIPTS) {
      const n = count(text, s.re);
      if (n > best.n) best = { lang: s.lang, n };
    }
    if (best.lang === 'cmn' && KANA.test(text)) best.lang = 'jpn';
    if (best.lang === 'rus' || best.lang === 'arb') {
      const [top] = francAll(text, { minLength: 1 });
      if (top && top[0] !== 'und') best.lang = top[0];
    }
    return { lang: best.lang, decided: true, covered: COVERED_LANGUAGES.has(best.lang) };
  }
  if (latin < MIN_LATIN_LETTERS) return UNDECIDED;
  // English function words decide first; the trigram detector only reads texts with another
  // language's little words.
  const words = text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];
  const english = { lang: 'eng', decided: true, covered: true };
  const own = languagesWithOwnWords(words);
  if (own.has('eng') || own.size === 0) return english;
  // The detector's cost grows with the text and the languages compared: a few hundred characters
  // against the Latin-script languages people post in most decide as well, several times faster.
  const top = francAll(text.slice(0, DETECTOR_CHARS), { minLength: 1, only: LATIN_CANDIDATES })[0];
  if (!top || top[0] === 'und') return UNDECIDED;
  if (top[0] === 'eng') return english;
  if (OWN_LISTS[top[0]] ? !own.has(top[0]) : latin < MIN_LETTERS_OTHER_LATIN) return english;
  return { lang: top[0], decided: true, covered: COVERED_LANGUAGES.has(top[0]) };
}

/** The language of the draft, read once per analysis and shared by the rules. */
export function draftLanguage(ctx: RuleContext): LanguageReading {
  return ctx.memo('language/draft', () => detectLanguage(ctx.text));
}
