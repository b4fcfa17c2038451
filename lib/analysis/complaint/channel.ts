/**
 * What a reply does with the conversation: does it move it to a private channel (DM, email,
 * phone, chat, a contact form), and does it ask for personal data in public? Linear patterns only;
 * starts of runs are anchored with look-behinds so long runs of letters or digits are read once.
 */
import type { Span } from '../schemas';
import { normalizeQuotes } from './normalize';

/** The kinds of private channel a reply can offer. */
/** `contact`: the team says it will get in touch itself ("we will be in contact with you"). */
export type ChannelKind = 'dm' | 'email' | 'phone' | 'chat' | 'form' | 'contact';

/** One offer of a private channel in a reply. */
export interface ChannelOffer {
  kind: ChannelKind;
  span: Span;
}

/** What detectPrivateChannel() found. */
export interface ChannelResult {
  offered: boolean;
  offers: ChannelOffer[];
}

/** Direct messages, in English and a few other languages brands answer in. */
const DM_PATTERN =
  /\b(?:dm|dms|dm'd|dmd|dming|direct(?:ly)?[\s-]messag\w*|private(?:ly)?[\s-]messag\w*|private[\s-]chat|pm (?:us|me)|inbox (?:us|me)|message (?:us|me)|send (?:us|me) an? (?:message|note|line)|drop (?:us|me) an? (?:message|note|line)|messenger|mensajes? (?:privados?|directos?)|mensagem (?:privada|direta)|message priv\w*|privatnachricht|direktnachricht|whatsapp(?: us| me)?|check your (?:inbox|dms?|messages)|(?:take|taking|continue|move|moving) (?:this|it|the conversation) (?:offline|private)|(?:reach out|contact you|talk|chat|follow up|speak|connect) (?:privately|in private))\b/gi;

/** Email: an address, or an invitation to write one. */
const EMAIL_ADDRESS_PATTERN = /(?<![\w.%+-])[\w.%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}\b/gi;
const EMAIL_INVITE_PATTERN =
  /\b(?:check your (?:e-?mail|inbox|mail)|(?:sent|send|sending|emailed) you an? e-?mail|(?:we|i)(?:'ve| have)? e-?mailed you|follow up (?:there|by e-?mail|via e-?mail|over e-?mail)|reply to (?:our|the|that|my) e-?mail|e-?mail (?:us|me|our \w+|the \w+ team)|(?:by|via|per|through) e-?mail|send (?:us|me) an? e-?mail|drop (?:us|me) an? e-?mail|shoot (?:us|me) an? e-?mail|e-?mail\/telefon\w*)\b/gi;

/** Phone: a number, or an invitation to call. */
const PHONE_NUMBER_PATTERN =
  /(?<![\w+-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)|(?<![\w+-])\+\d{1,3}[\s.-]?\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?!\d)|(?<![\w+-])0\d{3,4}[\s.-]?\d{3}[\s.-]?\d{3,4}(?!\d)/g;
const PHONE_INVITE_PATTERN =
  /\b(?:call (?:using|via|at|on|through)|give you a (?:call|ring)|call you(?: back)?|(?:a|our) call[\s-]?back|(?:arrange|schedule|book) a call|call (?:us|me|our|the)(?! (?:that|this|names|liars)\b)|give (?:us|me) a (?:call|ring)|contact (?:our|the) (?:[\w-]+ ){0,3}(?:office|desk|centre|center|line|team) (?:on|at)|(?:we|i)(?:'ll| will) call|phone (?:us|support|team|line)|(?:by|via|per|over the) (?:phone|telephone)|telefon\w*|hotline|helpline)\b/gi;

/** The team will get in touch itself: it has what it needs to reach them privately. */
const CONTACT_PATTERN =
  /\b(?:(?:we|i)(?:'ll| will| shall)|(?:someone|a member of (?:our|the) team|(?:our|the) (?:\w+ )?team) will) (?:be in (?:touch|contact) with you|(?:contact|call|email|e-mail) you|reach out to you|get in touch with you)\b/gi;

/** Chat. */
const CHAT_PATTERN =
  /\b(?:live chat|web chat|online chat|chat with (?:us|me|our)|our chat|(?:return|back) to (?:our|the) chat|chat (?:team|support))\b/gi;

/** Words before a link that make it a way to reach the team (a contact form). */
const CONTACT_BEFORE_LINK =
  /\b(?:send (?:us|me) a note|reach (?:out )?(?:to )?(?:us|me|our|the)|reached|contact (?:us|me|our|the)|get in touch|tell us more|let us know more|connect|with you here|use (?:the|this) link (?:below )?to send|contact form|support form|web form|fill (?:out|in)|submit (?:a|your) (?:request|ticket|case)|open a (?:ticket|case|request)|send (?:us|me) your|(?:click here to |use (?:the|this) (?:link|form) to )?(?:provide|send|share|give|submit)(?: us| me)?(?: with)?(?: some| more| your| the| a few| further| additional)? (?:details|info(?:rmation)?)|click here to (?:provide|send|submit|share|give|tell|report)|fil(?:e|ed|ing) (?:an? )?(?:[\w-]+ ){0,4}report|entr(?:e|ar) em contato|cont[aá]ctanos|p[oó]ngase en contacto|contactez[- ]nous|kontaktieren sie uns)\b/gi;

/** Words before a link that make it a public help page, not a private channel. */
const HELP_BEFORE_LINK =
  /\b(?:help pages?|article|guide|faq|learn more|check out|read|info|update|download|pre-?order|feature request|steps|troubleshoot\w*|try|tips|manual|blog|status page|claim|community|forums?)\b/gi;

/** Links, without the look-ups of a full URL parser. */
const URL_PATTERN =
  /\bhttps?:\/\/[^\s<>"]{1,2000}|(?<![\w.-])(?:www\.|[a-z0-9-]{1,63}\.(?:com|co|ly|me|io|net|org|help|support|gl)\/)[^\s<>"]{0,2000}/gi;

/** How far before a link its contact words are looked for (UTF-16 units). */
const LINK_WINDOW = 90;

function spansOf(text: string, pattern: RegExp): Span[] {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) end = m.index + m[0].length;
  return end;
}

/** Finds the private channels a reply offers. Never throws. */
export function detectPrivateChannel(input: string): ChannelResult {
  const text = normalizeQuotes(typeof input === 'string' ? input : '');
  const offers: ChannelOffer[] = [];
  const add = (kind: ChannelKind, pattern: RegExp) => {
    for (const span of spansOf(text, pattern)) offers.push({ kind, span });
  };
  add('dm', DM_PATTERN);
  add('email', EMAIL_ADDRESS_PATTERN);
  add('email', EMAIL_INVITE_PATTERN);
  add('phone', PHONE_NUMBER_PATTERN);
  add('phone', PHONE_INVITE_PATTERN);
  add('chat', CHAT_PATTERN);
  add('contact', CONTACT_PATTERN);
  for (const link of spansOf(text, URL_PATTERN)) {
    const before = text.slice(Math.max(0, link.start - LINK_WINDOW), link.start);
    const contact = lastMatchEnd(before, CONTACT_BEFORE_LINK);
    if (contact < 0) continue;
    // "check out our help article: <link>" is a public page, unless contact words come after it.
    if (lastMatchEnd(before, HELP_BEFORE_LINK) > contact) continue;
    offers.push({ kind: 'form', span: link });
  }
  offers.sort((a, b) => a.span.start - b.span.start);
  return { offered: offers.length > 0, offers };
}

/** Kinds of personal or account data a reply may ask for. */
const DATA_NOUN =
  '(?:order (?:number|no\\.?|id|#|details)|order#|account (?:number|no\\.?|details|info(?:rmation)?|email|name|id)|' +
  'e-?mail(?: address)?|phone(?: number)?|(?:mobile|cell|contact|telephone) number|(?:full |home |shipping |delivery |mailing |billing |email )?address|' +
  'booking (?:reference|ref|number|code)|confirmation (?:number|code|#)|conf(?:irmation)? #|reservation (?:code|number)|' +
  'record locator|pnr|tracking (?:number|#)|card (?:number|details)|date of birth|dob|password|zip(?: code)?|post ?code|' +
  'full name|(?:membership|member|loyalty|ticket|case|reference|customer|policy|serial) (?:number|#|id)|ssn|social security number)';

/** A request aimed at the reader with a data noun close after it ("reply with your order number"). */
const PUBLIC_ASK_PATTERN = new RegExp(
  `\\b(?:(?:please |kindly |could you |can you |would you )?(?:reply|respond|comment|tweet|post|write|answer)(?: (?:us|me|back))?(?: (?:here|below|publicly|in the comments|in this thread))?(?: with)?|` +
    `(?:please |kindly |could you |can you |would you )?(?:send|give|share|provide|tell|drop|include|confirm)(?: (?:us|me))?(?: (?:here|below))?(?: with)?|` +
    `let (?:us|me) know|what(?:'s| is| was) (?:your|the)|(?:may|can|could) (?:we|i) (?:have|get|take|grab|ask for))` +
    `(?: (?:your|the|yours|us|me|an?))?(?: [\\w'-]{1,20})?(?: (?:and|,|&) [\\w'-]{1,20})? ${DATA_NOUN}\\b`,
  'gi',
);

const DATA_AT_END = new RegExp(`${DATA_NOUN}$`, 'i');

/** Words that make a request private or tell the reader not to share. */
const PRIVATE_OR_NEGATED =
  /\b(?:dm|dms|direct(?:ly)?[\s-]messag\w*|private(?:ly)?|in private|message us|e-?mail us|via e-?mail|by e-?mail|don't|do not|dont|never|without|no need|not to|avoid|for your (?:protection|privacy|security))\b/i;

/** Verbs that mean "answer here" unless the sentence says otherwise ("reply in a DM"). */
const PUBLIC_VERB = /^(?:please |kindly |could you |can you |would you )?(?:reply|respond|comment|tweet|post|write|answer)\b/i;
/** Words that place a request in public whatever else the reply says. */
const PUBLIC_PLACE = /\b(?:here|below|publicly|in the comments|in this thread)\b/i;
/** Words that tell the reader not to share. */
const NEGATED = /\b(?:don't|do not|dont|never|without|no need|not to|avoid)\b/i;

/** The verb phrase at the start of a request. */
const VERB_PHRASE =
  /^(?:let (?:us|me) know|what(?:'s| is| was) (?:your|the)|(?:may|can|could) (?:we|i) (?:have|get|take|grab|ask for)|(?:please |kindly |could you |can you |would you )?[a-z']+(?: (?:us|me|back))?(?: (?:here|below|publicly|in the comments|in this thread))?(?: with)?)/i;

/** One public request for personal data. */
export interface DataAsk {
  /** The request, from the verb to the data it asks for. */
  span: Span;
  /** The verb phrase alone ("reply with"), the part a fix rewrites. */
  verb: Span;
  /** The data asked for, as written ("order number"). */
  data: string;
}

/** Finds requests for personal data made in public. Never throws. */
export function findPublicDataAsks(input: string): DataAsk[] {
  const text = normalizeQuotes(typeof input === 'string' ? input : '');
  const out: DataAsk[] = [];
  let direct: boolean | undefined;
  PUBLIC_ASK_PATTERN.lastIndex = 0;
  for (const m of text.matchAll(PUBLIC_ASK_PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentenceAround(text, start, end);
    if (NEGATED.test(sentence)) continue;
    if (!PUBLIC_PLACE.test(m[0])) {
      // "Send us your order number" is private when the reply offers a DM or email anywhere;
      // "reply with your order number" only when its own sentence says where ("in a DM").
      if (PRIVATE_OR_NEGATED.test(sentence)) continue;
      if (!PUBLIC_VERB.test(m[0]) && (direct ??= offersDirectChannel(text))) continue;
    }
    const verbMatch = VERB_PHRASE.exec(m[0]);
    const verbLength = verbMatch ? verbMatch[0].length : 0;
    const dataMatch = DATA_AT_END.exec(m[0]);
    out.push({ span: { start, end }, verb: { start, end: start + verbLength }, data: dataMatch ? dataMatch[0] : '' });
  }
  return out;
}

/** Whether a reply offers a DM or email anywhere (where "send us your order number" goes). */
function offersDirectChannel(text: string): boolean {
  return detectPrivateChannel(text).offers.some((o) => o.kind === 'dm' || o.kind === 'email' || o.kind === 'form');
}

/** The sentence (or line) around a range: up to the nearest . ! ? or newline, at most 300 units. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 300 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 300 && !/[!?\n]/.test(text[to]!) && !(text[to] === '.' && /\s/.test(text[to + 1] ?? ' '))) to++;
  return text.slice(from, to);
}
