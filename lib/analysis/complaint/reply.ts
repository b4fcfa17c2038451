/**
 * Reading the brand's reply to a complaint: does it acknowledge the trouble, does it sound
 * defensive, where does a line go when one is added.
 */
import type { Span } from '../schemas';
import { normalizeQuotes } from './normalize';

/** Acknowledgement and apology: sorry, apologies, "that's not the experience we want". */
const ACKNOWLEDGEMENT_PATTERN =
  /\b(?:sorry|sry|apolog\w*|regret\w*|not the experience we|not what we (?:want|like|expect|aim)|not the (?:standard|service) we|(?:we|i) understand|understand(?:able)? (?:how|why|your|the)|frustrat\w*|disappoint\w*|inconvenien\w*|(?:we|i) hear you|hear the frustration|(?:we|i) hate to hear|(?:we|i) don'?t like to hear|(?:that|this)(?:'s| is) (?:not (?:ok|okay|right|good|acceptable)|no good)|(?:does ?n[o']t|doesnt) sound (?:good|right)|oh no|uh oh|yikes|not good|unfortunate\w*|thanks? (?:you )?for (?:letting us know|flagging|reporting|raising|bringing|your patience|bearing with|reaching out)|thank you for your patience|we(?:'re| are) on it|my bad|our bad|our mistake|our fault|we messed up|we got (?:this|that|it) wrong|that(?:'s| is) (?:awful|terrible|frustrating|annoying|concerning|strange|odd)|(?:how|so) (?:frustrating|annoying)|not cool)\b/gi;

/** Blaming or defensive wording. */
const DEFENSIVE_PATTERN =
  /\b(?:you should(?:'ve| have)|you (?:should|need to|have to|must) (?:have )?(?:read|check(?:ed)?|follow(?:ed)?|know|known)|you (?:failed|forgot|neglected|chose) to|you must have|you were (?:told|informed|warned|advised)|you agreed to|if you had(?: only)? (?:read|checked|followed|booked|called|listened)|(?:as )?per (?:our|the) (?:policy|policies|terms)|our (?:policy|policies|terms) (?:clearly )?(?:state|states|say|says)|(?:it|this|that)(?:'s| is| was) (?:not|n't) our (?:fault|problem|responsibility)|not our (?:fault|problem|responsibility)|we(?:'re| are) not responsible|we can(?:not|'t) be held responsible|as (?:previously |already |clearly )?(?:stated|mentioned|explained|noted)|as we (?:already |previously )?(?:said|stated|mentioned|explained|told you)|(?:it|this) (?:was )?clearly (?:stated|says|said)|(?:read|check) the (?:terms|fine print|policy|small print)|that(?:'s| is) on you|user error|nothing we can do|actually,? you|to be fair,? you|you(?:'re| are) (?:wrong|mistaken)|calm down)\b/gi;

function spansOf(text: string, pattern: RegExp): Span[] {
  pattern.lastIndex = 0;
  return [...normalizeQuotes(text).matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Spans of acknowledgement or apology in a reply. */
export function findAcknowledgements(text: string): Span[] {
  return spansOf(text, ACKNOWLEDGEMENT_PATTERN);
}

/** Spans of blaming or defensive wording in a reply. */
export function findDefensive(text: string): Span[] {
  return spansOf(text, DEFENSIVE_PATTERN);
}

/** Where the words start: after leading @mentions (X puts them first) and spaces. */
export function leadingMentionsEnd(text: string): number {
  const m = /^\s{0,50}(?:[@\uff20]\w{1,50}[\s,:]{0,5}){0,20}/.exec(text);
  return m ? m[0].length : 0;
}

/** Words in a reply, counted up to `cap` (a prefix is read first, so long texts stay cheap). */
export function wordCountUpTo(text: string, cap: number): number {
  const head = wordCount(text.slice(0, 400));
  return head >= cap || text.length <= 400 ? Math.min(head, cap) : Math.min(wordCount(text), cap);
}

/** Words in a reply (runs of letters or digits), leaving out @mentions, #hashtags and links. */
export function wordCount(text: string): number {
  let count = 0;
  const words = text.replace(/https?:\/\/\S{0,2000}|[@#\uff20]\w{1,100}/g, ' ');
  for (const _ of words.matchAll(/[\p{L}\p{N}]+/gu)) count++;
  return count;
}
