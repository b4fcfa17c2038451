/**
 * Finds the calls to action in a text and the funnel stage each asks the reader to reach.
 *
 * Asks are looked for only where an imperative can start: the start of a sentence or clause
 * (after emoji, bullets, list numbers and @mentions; after a link, a closing quote or a tag when a
 * capital follows), after a softener ("please", "just", "go", "don't forget to", "we hope you",
 * "you should" — "please"-like ones anywhere in a sentence), after an arrow or pointing emoji,
 * after "and"/"&"/"or" later in the clause of another ask, after a lead-in ("link in bio to",
 * "tap to", "DM us to", "it's not too late to"), and in the main clause after an opener that lost
 * its comma ("If you're in town stop by …"). That is what keeps "we bought", "people who buy", "don't buy" and "never
 * sign up for…" out. Asks in a sentence that ends with a question mark ("where can I buy?") are
 * dropped, except conversation prompts and short inviting questions ("Want to join?"). A link's
 * place ("…from the link in bio") joins the ask of its clause.
 *
 * Linear: one pass for boundaries, one for lead-ins, and at each candidate a few sticky regexes
 * (bounded repetition only) from an index keyed by the candidate's first two letters.
 */
import type { Span } from '../schemas';
import { catalogIndex, compilePattern, WORD, type CompiledPhrase } from './catalog';
import { IMPERATIVE_VERBS, imperativeStage, inviteQuestionAt, normalizeStyled, readerQuestionAt, responseWishAt } from './grammar';
import { LEAD_INS, type CtaKind, type CtaStage } from './phrases';

/** One call to action found in a text. */
export interface CtaMatch {
  /** UTF-16 offsets of the ask, lead-in included ("tap to shop"). */
  span: Span;
  /** The stage the ask moves the reader to; 'any' for conversation prompts. */
  stage: CtaStage;
  /** The catalog label, e.g. "buy", "book-demo", "tell-us". */
  id: string;
  /** The ask as written. */
  phrase: string;
  /** Its first word, lower-cased ("buy", "sign"). */
  verb: string;
  kind: CtaKind;
  /** Spreads the brand to other people (share, tag a friend, refer). */
  outward: boolean;
  /** The ask ends its clause, so replacing the span with another ask reads cleanly. */
  replaceable: boolean;
}

/** Most matches returned (a pathological text cannot make the rules slow). */
export const MAX_CTAS = 200;

let leadInRe: RegExp | null = null;

function leadIns(): RegExp {
  // Not a unicode regex: \b is ASCII-only, but this global scan is ten times faster that way.
  leadInRe ??= new RegExp(`\\b(?:${LEAD_INS.map(compilePattern).join('|')})\\s+`, 'gi');
  return leadInRe;
}

/**
 * Where a clause can start: at these (the skip then passes over them); also a capitalised word
 * after a lower-case one when a lower-case word follows it, a sentence whose full stop or line
 * break was lost ("… extended reality Read the full interview"). Not a unicode regex, for
 * speed: emoji are found by their high surrogate or their BMP symbol block.
 */
const BOUNDARY_RE =
  /[.!?;:\n\r,|()[\]{}•·…—–→⇒➔➜➡⬇⤵\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF\uD83C-\uD83E]|\s[-–]\s|\s(?=[A-Z][a-z]+\s+[a-z])(?<=(?<![\w'’-])[a-z][a-z'’-]*\s)|(?<after>(?:https?:\/\/|www\.)[^\s]{1,300}|["”»](?=\s+[A-Z])|[#@][\w.]{1,60}(?=\s+[A-Z]))/g;

/** What is skipped at a clause start: punctuation, spaces, emoji, bullets, list numbers, @mentions, #tags. */
const SKIP_RE =
  /(?:[.!?;:,|()[\]{}…—–⬇⤵\s\u00A0\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|\uFE0F|\u20E3|[\u{1F3FB}-\u{1F3FF}]|\p{Extended_Pictographic}|\p{Regional_Indicator}|[-*•·▪►▶✓✔☑➤➜→⇒>~+=]|\d{1,3}[.)](?=\s)|[@#][\p{L}\p{N}_.]{1,60}[:,]?)*/uy;

/** Softeners and connectors before an imperative. */
const TRIGGER_RE = new RegExp(
  '(?:please|pls|plz|kindly|just|simply|go ahead and|so go|so|then|and|or|also|now|go|come|quickly|quick|' +
    "hurry(?: up)?(?: and)?|(?<q>why not|why don['’]t you)|don['’]?t forget to|do not forget to|" +
    "remember to|be sure to|make sure (?:to|you)|feel free to|don['’]?t wait|what are you waiting for\\??|" +
    "okay|ok|p\\.?s\\.?|psst|reminder|you can(?!['’]?t| not)|you could|let['’]?s|let us)" +
    `(?!${WORD})[\\s,:!.]*`,
  'iuy',
);

/** The first two letters of every trigger, to skip the regex where none can start. */
const TRIGGER_KEYS = new Set([
  'pl',
  'ki',
  'ju',
  'si',
  'go',
  'so',
  'th',
  'an',
  'or',
  'al',
  'no',
  'co',
  'qu',
  'hu',
  'wh',
  'do',
  're',
  'be',
  'ma',
  'fe',
  'ok',
  'p.',
  'ps',
  'yo',
  'le',
]);

/** The writer inviting the reader: "we'd love for you to", "we invite you to", "you're invited to" (a wish and a softener both). */
const INVITING =
  /(?:we|i)(?:['’]d| would) love (?:for )?you to|(?:we|i) (?:invite|encourage|urge|ask) (?:you|everyone|everybody|all of you|you all) to|you(?:['’]re| are) (?:(?:cordially|all|warmly) )?invited to/
    .source;

/**
 * The writer wishing the reader would act: "we hope you'll join us", "we invite you to apply",
 * "you should…", "don't hesitate to…". Kept apart from TRIGGER_RE (and not unicode) so clause
 * starts with "We" or "I" cost one small regex.
 */
const WISH_RE = new RegExp(
  String.raw`(?:(?:we |i )?(?:hope|trust) (?:that )?you(?:['’]ll| will)?|${INVITING}|(?:we|i)(?: highly| strongly| really| would|['’]d)?(?= recommend | suggest )|you should(?! not|n['’]?t)|you(?:['’]ll| will) want to|(?:don['’]?t|do not) hesitate to|be (?:the first|one of the first|among the first) to|do(?=\s+(?!you\b|we\b|i\b|they\b|not\b|it\b|this\b|that\b|more\b|what\b|so\b)[a-z]))(?![\w\u00C0-\uFFFF])\s*`,
  'iy',
);
const WISH_KEYS = new Set(['we', 'i ', "i'", 'i’', 'yo', 'do', 'be', 'ho', 'tr']);

/**
 * Softeners that put the next word in an imperative's place anywhere in a sentence: only the ones
 * that always mark a request ("you can see how…" inside a sentence mostly describes, so it waits
 * for a clause start). Not a unicode regex, for speed.
 */
const SOFTENER_RE = new RegExp(
  String.raw`\b(?:please|pls|plz|kindly|feel free to|be sure to|make sure to|don['’]?t forget to|remember to|${INVITING}|take a (?:moment|minute|second|few minutes|\d{1,2} minutes) to)\s+`,
  'gi',
);

/** Between two chained asks: ", and", "&", "then"… */
const CHAIN_RE = /[\s,]*(?:(?:and|&|\+|or|then|plus)(?![\w\u00C0-\uFFFF])[\s,]*)?(?:(?:please|just|also|then)\s+)?/iy;

/**
 * A sentence end, for the question check: "?" ends a question unless it sits inside a URL; a colon
 * before a capital ends the ask's sentence ("Join our webinar: How do we …?" asks no question).
 */
const TERMINATOR_RE = /[!\n\r]|[.?](?![\w\u00C0-\uFFFF/=&%-])|:(?=\s+[A-Z])/g;

/** A negation right before a lead-in ("no need to click the link to…"). */
const NEGATED_RE =
  /(?:^|[^\p{L}])(?:don['’]?t|do not|never|not|no|won['’]?t|can['’]?t|cannot|didn['’]?t|doesn['’]?t|without)\s+(?:[\p{L}'’]+\s+)?$/iu;

/** The rest of an ask's clause: up to 60 characters that end nothing. */
const CLAUSE_REST_RE = /[^.!?;:,\n\r…()@#|—–→⇒➔➜➡\p{Extended_Pictographic}]{0,60}/uy;
/** Where a clause ends so that the ask before it can be swapped for another. */
const CLEAN_END_RE = /[.!?;\n\r…#)|—–→⇒➔➜➡]|\p{Extended_Pictographic}/u;
/** Text in the rest of a clause that keeps it from being rewritten (links, handles). */
const KEEP_RE = /https?:|www\.|\w\.[a-z]{2,}|\//i;
/** A trailing connector before the next ask. */
const TRAILING_JOIN_RE = /(?:[\s,]+(?:and|&|\+|or|then|plus))?[\s,]*$/iu;

interface Candidate {
  pos: number;
  /** Start of the span (a lead-in's start, else pos). */
  start: number;
  allowQuestion: boolean;
  viaLeadIn: boolean;
  /** After "it's time to" only a catalog ask counts: the writer's own next step reads the same ("it's time to see the downside"). */
  catalogOnly?: boolean;
}

/** The calls to action in `text`, in order. Never throws; spans lie within the text. */
export function detectCtas(text: string): CtaMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    // 𝐒𝐮𝐛𝐬𝐜𝐫𝐢𝐛𝐞 reads as "Subscribe"; spans are mapped back to the text as written.
    const styled = normalizeStyled(text);
    if (!styled) return scan(text);
    return scan(styled.text).map((m) => {
      const start = styled.map[m.span.start]!;
      const end = styled.map[m.span.end] ?? text.length;
      return { ...m, span: { start, end }, phrase: text.slice(start, end) };
    });
  } catch {
    // A catalog row that fails to compile is a bug the catalog tests catch; a draft never throws.
    return [];
  }
}

function scan(text: string): CtaMatch[] {
  const index = catalogIndex();
  const raw: Raw[] = [];

  const tried = new Set<number>();
  const coordinated: number[] = [];
  const tryAt = (cand: Candidate): void => {
    let { pos, start, allowQuestion, viaLeadIn } = cand;
    const grammar = !cand.catalogOnly;
    let afterTrigger = false;
    for (let hop = 0; hop < 6 && pos < text.length && raw.length < MAX_CTAS * 2; hop++) {
      if (!viaLeadIn) {
        if (tried.has(pos)) return;
        tried.add(pos);
      }
      const found = matchAt(text, pos, index) ?? (grammar ? imperativeAt(text, pos, afterTrigger || viaLeadIn) : null);
      if (found) {
        raw.push(toMatch(text, viaLeadIn ? start : pos, found, allowQuestion || found.question === true, viaLeadIn));
        if (coordinated.length < MAX_CTAS) coordinationAfter(text, found.end, coordinated);
        // Chained asks: "Like, share and subscribe".
        CHAIN_RE.lastIndex = found.end;
        CHAIN_RE.exec(text);
        if (CHAIN_RE.lastIndex <= found.end) return;
        pos = start = CHAIN_RE.lastIndex;
        viaLeadIn = afterTrigger = false;
        hop = 0;
        continue;
      }
      if (afterTrigger) {
        // A verb the table lacks, coordinated with one it has: "we hope you trick or treat yourself".
        afterTrigger = false;
        COORDINATED_VERB_RE.lastIndex = pos;
        if (COORDINATED_VERB_RE.exec(text)) {
          pos = start = COORDINATED_VERB_RE.lastIndex;
          continue;
        }
      }
      if (viaLeadIn) return;
      const key = text.slice(pos, pos + 2).toLowerCase();
      let next = -1;
      if (WISH_KEYS.has(key)) {
        WISH_RE.lastIndex = pos;
        if (WISH_RE.exec(text)) next = WISH_RE.lastIndex;
      }
      if (next < 0 && TRIGGER_KEYS.has(key)) {
        TRIGGER_RE.lastIndex = pos;
        const trig = TRIGGER_RE.exec(text);
        if (trig && TRIGGER_RE.lastIndex > pos) {
          if (trig.groups?.q) allowQuestion = true;
          next = TRIGGER_RE.lastIndex;
        }
      }
      if (next <= pos) return;
      pos = start = skip(text, next);
      afterTrigger = true;
    }
  };

  // 1. Clause starts.
  let skippedTo = -1;
  const starts = (at: number) => {
    if (at < skippedTo) return;
    const pos = skip(text, at);
    if (pos === skippedTo) return;
    skippedTo = pos;
    tryAt({ pos, start: pos, allowQuestion: false, viaLeadIn: false });
    for (const main of mainClauseStarts(text, pos)) tryAt({ pos: main, start: main, allowQuestion: false, viaLeadIn: false });
  };
  starts(0);
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(text); m; m = BOUNDARY_RE.exec(text)) {
    if (raw.length >= MAX_CTAS * 2) break;
    // After a link, a closing quote or a tag, a capitalised word starts a new clause.
    starts(m.groups?.after ? m.index + m[0].length : m.index);
  }
  // Imperatives coordinated further on in an ask's clause: "…read the next section and submit your questions".
  for (let i = 0; i < coordinated.length && raw.length < MAX_CTAS * 2; i++) {
    tryAt({ pos: coordinated[i]!, start: coordinated[i]!, allowQuestion: false, viaLeadIn: false });
  }

  // 2. Softeners inside a sentence: "…we need your help so please share this".
  SOFTENER_RE.lastIndex = 0;
  for (let m = SOFTENER_RE.exec(text); m && raw.length < MAX_CTAS * 2; m = SOFTENER_RE.exec(text)) {
    const pos = m.index + m[0].length;
    tryAt({ pos, start: pos, allowQuestion: false, viaLeadIn: false });
  }

  // 3. Lead-ins anywhere: "…new drop, link in bio to shop".
  const lead = leadIns();
  lead.lastIndex = 0;
  for (let m = lead.exec(text); m; m = lead.exec(text)) {
    if (raw.length >= MAX_CTAS * 2) break;
    if (NEGATED_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    tryAt({ pos: m.index + m[0].length, start: m.index, allowQuestion: false, viaLeadIn: true, catalogOnly: /time to\s+$/i.test(m[0]) });
  }

  // 4. Where the link is, anywhere: "link in our story", "the blog link is in our profile".
  LINK_PLACE_RE.lastIndex = 0;
  for (let m = LINK_PLACE_RE.exec(text); m && raw.length < MAX_CTAS * 2; m = LINK_PLACE_RE.exec(text)) {
    // The words before the link ("the blog link") belong to the phrase; found backwards, so the
    // scan itself only wakes on "link", "url", "details", "info".
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const start = m.index - (LINK_MODIFIER_RE.exec(before)?.[0].length ?? 0);
    if (NEGATED_RE.test(text.slice(Math.max(0, start - 30), start))) continue;
    const entry = { id: 'click-link', stage: 'interest' as const, kind: 'phrase' as const, outward: false, re: LINK_PLACE_RE };
    raw.push({ ...toMatch(text, start, { entry, end: m.index + m[0].length }, false, false), place: true });
  }

  return finish(text, raw);
}

/** A condition or a purpose before the main clause: "If you're in town …", "To find more …". */
const OPENER_RE = /(?:if|when|once) you(?:['’](?:re|ve|d|ll))?\s+|to\s+(?=[a-z])/iy;
/** A word that makes the next one part of the opener, not the start of the main clause. */
const OPENER_WORD_RE =
  /^(?:to|you|we|i|they|he|she|will|would|can|could|should|may|might|must|do|did|does|don['’]t|not|never|and|or|but|a|an|the|your|our|my|their|these|those|is|are|was|were|be|been|have|has|had)$/i;
const WORD_SCAN_RE = /([A-Za-z@#][\w'’@.-]*)|([,;:.!?\n\r()…—–])/y;

/**
 * Where the main clause may start after an opener that lost its comma ("If you're in town stop
 * by", "To see more follow @studio"): each of the next dozen words, but the opener's own first
 * verb and words after "to", a pronoun, a modal or a determiner. None when punctuation comes first
 * (the boundary after it is tried anyway).
 */
function mainClauseStarts(text: string, pos: number): number[] {
  const c = text.charCodeAt(pos) | 0x20;
  if (c !== 0x69 && c !== 0x77 && c !== 0x6f && c !== 0x74) return []; // i, w, o, t
  OPENER_RE.lastIndex = pos;
  if (!OPENER_RE.exec(text)) return [];
  const out: number[] = [];
  let prev = 'you';
  let at = OPENER_RE.lastIndex;
  for (let words = 0; words < 12; words++) {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
    WORD_SCAN_RE.lastIndex = at;
    const m = WORD_SCAN_RE.exec(text);
    if (!m || m[2]) break;
    if (words > 0 && !OPENER_WORD_RE.test(prev)) out.push(at);
    prev = m[1]!;
    at = WORD_SCAN_RE.lastIndex;
  }
  return out;
}

/** What may stand before "link" in a link-location phrase: "the blog ", "our ", "Full recipe ". */
const LINK_MODIFIER_RE = /\b(?:(?:the|our|my)\s+)?(?:(?!no\b|not\b|never\b)[a-z]{2,12}\s+)?$/i;

/** A link-location phrase: a link (or "details") and where it is. Not unicode, for speed. */
const LINK_PLACE_RE =
  /\b(?:link|links|url|details|info)\s+(?:is\s+|are\s+|can be found\s+|available\s+)?(?:in|on|at)\s+(?:our\s+|my\s+|the\s+)?(?:first\s+|pinned\s+|top\s+)?(?:bio|profile|story|stories|description|comments?|highlights?|linktree)\b|\blinks?\s+(?:below|above)\b|#links?in(?:my|our|the)?(?:bio|profile|stories|story)\b/gi;

interface Found {
  entry: CompiledPhrase;
  end: number;
  /** A question that is itself the ask ("Want to join?"). */
  question?: boolean;
}

/** One or two words and "and"/"or" in verb position after a softener ("trick or treat yourself"). */
const COORDINATED_VERB_RE = /[A-Za-z'’-]{2,20}(?:\s+[A-Za-z'’-]{2,20})?\s+(?:and|or|&)\s+/y;

/**
 * "and"/"&"/"then"/"or" later in the clause of an ask, before another verb; the clause ends at
 * punctuation (not a domain's dot) or a subordinate clause with its own subject ("… so we can help
 * you and learn more" is the writer's). Not unicode, for speed.
 */
const CLAUSE_JOIN_RE =
  /[!?;:\n\r,()…]|\.(?![A-Za-z0-9])|\s(?:so|because|that|which|who|where|since)\s|\s(?<join>and|&|then|or|plus)\s+(?=[A-Za-z])/g;

/** Queues the places after "and"/"or" in the rest of an ask's clause (at most 80 characters on). */
function coordinationAfter(text: string, from: number, out: number[]): void {
  CLAUSE_JOIN_RE.lastIndex = from;
  for (let m = CLAUSE_JOIN_RE.exec(text); m && m.index < from + 80; m = CLAUSE_JOIN_RE.exec(text)) {
    if (!m.groups?.join) return; // the clause ends
    out.push(m.index + m[0].length);
  }
}

function matchAt(text: string, pos: number, index: Map<string, CompiledPhrase[]>): Found | null {
  const key = text.slice(pos, pos + 2).toLowerCase();
  const entries = index.get(key);
  if (!entries) return null;
  let best: Found | null = null;
  for (const entry of entries) {
    entry.re.lastIndex = pos;
    const m = entry.re.exec(text);
    if (!m) continue;
    const end = trimEnd(text, pos, pos + m[0].length);
    if (end > pos && (!best || end > best.end)) best = { entry, end };
  }
  return best;
}

/** A word of letters (and an inner apostrophe) at `pos`. */
const WORD_AT_RE = /[A-Za-z]+(?:['’][A-Za-z]+)?/y;

/** "and share", "& subscribe"… right after a bare ask verb. */
const BARE_PAIR_RE = /^\s+(?:and|&|or|\+)\s+(?:share|subscribe|like|comment|follow|retweet|repost|save|tag|join|learn|enjoy)\b/i;

/** An imperative read from grammar at a clause start: a base-form ask verb (grammar.ts). */
function imperativeAt(text: string, pos: number, afterSoftener: boolean): Found | null {
  WORD_AT_RE.lastIndex = pos;
  const m = WORD_AT_RE.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  // "Reading", "reads": only the bare base form is an imperative; a letter after it is another word.
  if (/[\p{L}\p{N}_]/u.test(text[end] ?? '')) return null;
  const word = m[0].toLowerCase();
  const question = readerQuestionAt(text, pos) || responseWishAt(text, pos);
  if (question > 0) {
    return {
      entry: { id: 'ask-reader', stage: 'any', kind: 'conversation', outward: false, re: WORD_AT_RE },
      end: trimEnd(text, pos, pos + question),
    };
  }
  const invite = inviteQuestionAt(text, pos);
  if (invite) {
    const kind = invite.stage === 'any' ? 'conversation' : 'imperative';
    return { entry: { id: 'invite', stage: invite.stage, kind, outward: false, re: WORD_AT_RE }, end: pos + invite.length, question: true };
  }
  // "Don't miss", "do not miss", "you won't want to miss".
  const dontMiss =
    (/^(?:don['’]?t|do)$/.test(word) && /^\s+(?:not\s+)?miss\b/i.test(text.slice(end, end + 12))) ||
    (word === 'you' && /^\s+(?:won['’]?t|don['’]?t|will not|do not|wouldn['’]?t) want to miss\b/i.test(text.slice(end, end + 28)));
  if (!dontMiss && !Object.hasOwn(IMPERATIVE_VERBS, word)) return null; // not "constructor"
  const after = text.slice(end, end + 80);
  let found = dontMiss ? { stage: 'interest' as const, outward: false } : imperativeStage(word, after, afterSoftener);
  // A bare verb coordinated with an ask: "Read and share", "Watch and subscribe".
  if (!found && BARE_PAIR_RE.test(after)) found = { stage: IMPERATIVE_VERBS[word]!.stage, outward: false };
  if (!found) return null;
  const stop = dontMiss ? end + text.slice(end, end + 40).search(/miss/i) + 4 : end;
  return {
    entry: {
      id: `verb:${dontMiss ? 'dont-miss' : word}`,
      stage: found.stage,
      kind: found.stage === 'any' ? 'conversation' : 'imperative',
      outward: found.outward,
      re: WORD_AT_RE,
    },
    end: stop,
  };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function skip(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return at; // a letter: nothing to skip
  SKIP_RE.lastIndex = at;
  SKIP_RE.exec(text);
  return Math.max(at, SKIP_RE.lastIndex);
}

function toMatch(
  text: string,
  start: number,
  found: Found,
  allowQuestion: boolean,
  viaLeadIn: boolean,
): CtaMatch & { allowQuestion: boolean } {
  const { entry, end } = found;
  const phrase = text.slice(start, end);
  return {
    span: { start, end },
    stage: entry.stage,
    id: entry.id,
    phrase,
    verb: firstWord(phrase),
    kind: viaLeadIn && entry.kind === 'imperative' ? 'phrase' : entry.kind,
    outward: entry.outward,
    replaceable: false,
    allowQuestion,
  };
}

/** Where an ask's clause ends, for telling a link's place apart from the ask it completes. */
const CLAUSE_BREAK_RE = /[.!?;:,\n\r…|]/;

type Raw = CtaMatch & { allowQuestion?: boolean; place?: boolean };

/**
 * Drops asks inside questions and asks contained in a longer ask; folds a link's place into the
 * ask of its clause ("Learn how … from the link in bio" is one ask); drops a short inviting
 * question that the next ask answers ("Want to join? Sign up here"); sorts; caps; extends.
 */
function finish(text: string, raw: Raw[]): CtaMatch[] {
  if (raw.length === 0) return [];
  const terms: number[] = [];
  TERMINATOR_RE.lastIndex = 0;
  for (let m = TERMINATOR_RE.exec(text); m; m = TERMINATOR_RE.exec(text)) terms.push(m.index);

  raw.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: CtaMatch[] = [];
  const merged = new Set<CtaMatch>();
  let coveredTo = -1;
  for (const match of raw) {
    if (match.span.end <= coveredTo) continue;
    if (match.kind !== 'conversation' && !match.allowQuestion && endsInQuestion(text, terms, match.span.end)) continue;
    const prev = out[out.length - 1];
    if (
      match.place &&
      prev &&
      prev.kind !== 'conversation' &&
      match.span.start - prev.span.end <= 120 &&
      (match.span.start <= prev.span.end || !CLAUSE_BREAK_RE.test(text.slice(prev.span.end, match.span.start)))
    ) {
      prev.span = { start: prev.span.start, end: Math.max(prev.span.end, match.span.end) };
      prev.phrase = text.slice(prev.span.start, prev.span.end);
      merged.add(prev);
      coveredTo = Math.max(coveredTo, match.span.end);
      continue;
    }
    if (prev?.id === 'invite' && match.span.start - prev.span.end <= 50) out.pop();
    coveredTo = Math.max(coveredTo, match.span.end);
    const { allowQuestion: _drop, place: _place, ...clean } = match;
    out.push(clean);
    if (out.length >= MAX_CTAS) break;
  }
  // A merged ask keeps its link's place: it is not swapped for another ask.
  for (let i = 0; i < out.length; i++) if (!merged.has(out[i]!)) extend(text, out[i]!, out[i + 1]?.span.start ?? text.length);
  return out;
}

/**
 * Stretches an ask over the short rest of its clause ("Shop" + " the sale", "Follow us" + " for
 * more") and says whether the clause ends there, so the whole ask can be swapped for another.
 */
function extend(text: string, match: CtaMatch, limit: number): void {
  const from = match.span.end;
  CLAUSE_REST_RE.lastIndex = from;
  CLAUSE_REST_RE.exec(text);
  let stop = CLAUSE_REST_RE.lastIndex;
  const stopChar = text.codePointAt(stop);
  // "brand.com", "e.g." — a dot inside a word is no clause end.
  if ((stopChar === 0x2e || stopChar === 0x2f) && /[\p{L}\p{N}]/u.test(text[stop + 1] ?? '')) return;
  const stopsClean = stop >= text.length || (stopChar !== undefined && CLEAN_END_RE.test(String.fromCodePoint(stopChar)));
  let rest = text.slice(from, Math.min(stop, limit));
  const cutByNext = limit < stop;
  if (cutByNext) rest = rest.replace(TRAILING_JOIN_RE, '');
  let partial = false;
  if (countWords(rest) > 5) {
    if (/[.!?]$/.test(match.phrase)) return; // "When do you feel appreciated?" ends its sentence
    // A long clause: show the ask up to its object ("Check out this great story" | "about our…"),
    // never swapped for another ask.
    const object = OBJECT_END_RE.exec(rest);
    if (!object) return;
    rest = object[1]!;
    partial = true;
  }
  // Look a little past the stop too: the clause scan halts at the ':' of "https://".
  if (KEEP_RE.test(text.slice(from, from + rest.length + (partial ? 0 : 3)))) return;
  stop = trimEnd(text, from, from + rest.length);
  match.span = { start: match.span.start, end: stop };
  match.phrase = text.slice(match.span.start, stop);
  match.replaceable = !partial && !cutByNext && stopsClean;
}

/** Up to five words of an ask's object, ending before the first preposition or conjunction after it. */
const OBJECT_END_RE =
  /^(\s*[^\s]+(?:\s+[^\s]+){0,4}?)\s+(?:about|for|with|from|to|in|on|at|of|by|and|or|that|which|who|so|because|if|when|while|before|after|using|via|as)\b/i;

function countWords(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function firstWord(phrase: string): string {
  let end = 0;
  while (end < phrase.length && end < 30 && /[\w'’\-\u00C0-\uFFFF]/.test(phrase.charAt(end))) end++;
  return phrase.slice(0, end).toLowerCase();
}

function endsInQuestion(text: string, terms: number[], from: number): boolean {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const at = terms[lo];
  return at !== undefined && text[at] === '?';
}
