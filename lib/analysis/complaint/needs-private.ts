/**
 * Does this complaint need a private channel? Decided from the complaint itself, the way an
 * experienced community manager would (the labelling rubric in ../shared/corpus/
 * RUBRIC-needs-private.md, categories T1–T11 and F1–F9):
 *
 * - needed: the customer's own money (T1); their own order, delivery, trip or booking gone wrong
 *   (T2); access to or security of their account (T3); safety, harassment, health or a legal threat
 *   (T4); their own service down for days or again and again, or their own box at fault (T5); a
 *   case, claim or message already open (T6); staff conduct aimed at them (T7); something missing,
 *   wrong or broken in what they bought (T10);
 * - probably needed (a softer signal): venting about their own failed support contact (T8), an
 *   explicit ask for a call, DM or technician (T9), compensation for their own disrupted trip
 *   (T11), a poor serving or a brand-new purchase that fails;
 * - not needed: praise, banter, general questions and how-tos, outages and "is it down?", flight
 *   status, slow speeds, generic app or device bugs, feedback, bare insults (F1–F9).
 *
 * Each cue is a phrase a reader would take for one of the categories; a cue marked `soft` (a
 * failed log-in, a booking page that errors) is the kind a public matter explains as well, and an
 * outage report or a how-to question in the same post cancels it. Bounded windows only, no nested
 * quantifiers: every pattern is linear in the text. The other exclusions (flight status, slow
 * speed, an app bug) only say why when nothing of the customer's own is in the post.
 *
 * And what a reply gives in public: real information (a status, a step, a policy, a help link),
 * only an apology or a deflection, or neither.
 */
import type { Span } from '../schemas';
import { normalizeQuotes } from './normalize';

/** Why a complaint needs a private channel (the rubric's categories). */
export type PrivateReason =
  'money' | 'order' | 'account' | 'safety' | 'ongoing' | 'case' | 'staff' | 'defect' | 'support' | 'asked' | 'compensation';

/** How sure a cue makes the need: `high` = clear-cut, `low` = a softer signal (rubric "low"). */
export type NeedLevel = 'high' | 'low';

/** One reason found, with the words that carry it. */
export interface PrivateCue {
  reason: PrivateReason;
  level: NeedLevel;
  span: Span;
  text: string;
}

/** The reading of the complaint. */
export interface NeedsPrivateResult {
  needed: boolean;
  /** The strongest level among the cues that count; absent when not needed. */
  level?: NeedLevel;
  /** The cues that count, in text order. */
  cues: PrivateCue[];
  /** What speaks against a private channel, when something does ("an outage report"). */
  against?: string;
}

/** A complaint says what matters early: only this many UTF-16 units are read. */
const MAX_READ = 1_000;
/** A reply gives its answer in its first few sentences. */
const MAX_REPLY_READ = 600;

/** What each reason says in a finding: "it is about {their own money}". */
export const REASON_TEXT: Record<PrivateReason, string> = {
  money: 'their own money',
  order: 'their own order, booking or delivery',
  account: 'access to their account',
  safety: 'their safety or a legal matter',
  ongoing: 'a fault on their own service that lasts or keeps coming back',
  case: 'a case or message that is already open',
  staff: 'how your staff treated them',
  defect: 'something wrong with what they bought',
  support: 'their own support contact that went wrong',
  asked: 'an explicit ask to be called or messaged',
  compensation: 'compensation for their own disrupted trip or purchase',
};

/** Joins alternatives into one non-capturing group. */
const alt = (...parts: string[]) => `(?:${parts.join('|')})`;

const OWN = "(?:my|our|me|us|i|i'm|i've|we|we're|we've|mine)";
/** Things a customer orders, books or has delivered. */
const ORDER_THING =
  '(?:orders?|packages?|parcels?|stuff|guitars?|instruments?|wheelchairs?|bikes?|bicycles?|prams?|deliver(?:y|ies)|shipments?|items?|purchases?|groceries|food|meals?|pizzas?|takeaway|ride|rides|bookings?|reservations?|rooms?|seats?|tickets?|luggage|bags?|baggage|suitcases?|strollers?|car seats?|furniture|sofa|couch|mattress|fridge|washer|appliance|replacement|refund|prescription|returns?|exchange|repair|warranty claim|trade-?in|installation|install|appointment|technician|engineer|installer|courier|collection|pick-?up|tracking)';
/** What goes wrong with an order or a delivery (after the thing). */
const ORDER_FAILURE = alt(
  'never (?:even )?(?:arrived|came|showed(?: up)?|turned up|got here|got delivered|delivered|shipped|received|got sent|was sent|went out)',
  "(?:hasn't|haven't|hadn't|has not|have not|had not|didn't|did not|doesn't|won't|still not|not yet|yet to|isn't|wasn't|weren't|aren't) (?:even |yet |still )*(?:been )?(?:arrived?|come|came|shown up|show up|showed up|turned up|turn up|shipped|ship|delivered|deliver|sent|received|processed|here|dispatched|picked up|got here|get here|updated|refunded|credited)",
  "still (?:not |isn't |hasn't )?(?:here|missing|in transit|stuck|pending|processing|waiting|nowhere)",
  "(?:is|'s|was|were|are|got|been|has been|have been|went|has gone|keeps? getting) (?:\\w+ )?(?:lost|missing|stolen|damaged|filthy|dirty|infested|not as described|broken|smashed|crushed|delayed|cancel+ed|rescheduled|returned|stuck|misdelivered|mis-delivered|left (?:outside|at|in|on|with|by)|delivered to (?:the )?wrong|delivered to (?:a|my|the) neighbou?r|sent to (?:the )?wrong|sent back|given away|moved|downgraded|oversold|overbooked|wrong|incorrect|incomplete|opened|tampered|messed up|screwed up|mixed up|refused|declined|dented|ripped|torn|destroyed|ruined|soaked|drenched)",
  '(?:arrived|came|turned up|showed up|got delivered|was delivered) (?:\\w+ )?(?:broken|damaged|cracked|smashed|crushed|shattered|dented|leaking|open|opened|torn|ripped|defective|faulty|wet|melted|spoiled|rotten|expired|mou?ldy|stale|cold|incomplete|empty|used|late|missing|without|wrong)',
  "(?:says|shows|marked|showing|listed) (?:as |it was |it is |it's )?(?:delivered|returned)",
  'wrong address',
  "(?:not|isn't|aren't|won't be|wont be|not even) (?:arriving|coming|delivered|here|shipping|shipped|dispatched) (?:until|till|before|for another)",
  'nothing like the (?:photos?|pictures?|listing|description|ad)',
  'no[\\s-]show',
  'is late|was late|running late|days late|weeks late|hours late|never came',
  'no one (?:showed|turned|came)(?: up)?|nobody (?:showed|turned|came)(?: up)?',
);
/** A ticket, order, case or booking reference the customer cites. */
const REFERENCE =
  '(?:case|ticket|claim|complaint|reference|ref|incident|order|confirmation|booking|tracking|reservation|conf|account|acct|pnr|record locator|bag|baggage|file|report)\\s?(?:#|no\\.?|num(?:ber)?|id)\\s?(?:is\\s)?:?\\s?(?=[a-z-]{0,20}\\d)[a-z0-9-]{3,}';

/** A duration of days or more: "for 3 days", "third day", "since Monday". */
const LASTING = alt(
  '(?:for|in|over|since|about|almost|nearly|past|last|of|than|all) (?:the )?(?:past |last )?(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple(?: of)?)\\+? (?:days|weeks|months|nights|mornings|evenings)',
  '(?:\\d{1,3}|two|three|four|five|six|seven|several|many) (?:days|weeks|months|nights) (?:now|running|straight|in a row|and counting|without|with no|of no)',
  '(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth|nth) (?:day|time|week|night|outage)',
  'all (?:week|weekend|month)',
  '(?:for|in|over) (?:days|weeks|months|ages)|weeks now|months now|days now',
  'since (?:last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the \\d{1,2}|\\d{1,2}(?:st|nd|rd|th))',
  '(?:for|over|more than|almost|nearly) (?:a|one|an entire|a whole|the whole) (?:week|month|fortnight)',
  'days (?:now|running|on end|in a row)',
);
/** A fault that keeps coming back: "again", "keeps dropping", "every evening". */
const REPEATED = alt(
  '(?:again|once again|yet again|again and again|every (?:day|night|evening|morning|week|few (?:hours|minutes|days))|daily|constantly|all the time|repeatedly|on and off|over and over|keeps? (?:dropping|going (?:down|out|off)|cutting (?:out|off)|disconnecting|dropping out|losing|going offline|rebooting|restarting))',
  '(?:\\d{1,2}|two|three|four|five|six|multiple|several|many) times (?:today|this week|this month|in (?:a|one|the past|the last) (?:day|week|month)|a (?:day|week))',
);
/** The customer's own service at home or on their line. */
const SERVICE =
  '(?:internet|wifi|wi-fi|broadband|service|cable|tv|phone|landline|line|connection|signal|power|electricity|gas|water|heating|hot water|fios|dsl|network|data|cell service|reception|channels?|modem|router|box|dvr|u-?verse)';
const SERVICE_FAULT =
  "(?:unusable|spotty|patchy|terrible|awful|horrible|useless|no|without|lost|losing|haven't had|have not had|had no|not had|down|out|off|offline|not working|isn't working|is not working|doesn't work|does not work|won't work|stopped working|dropp\\w*|disconnect\\w*|cut (?:out|off)|cutting (?:out|off)|intermittent|outage|keeps? going|dead|broken|fault\\w*|not connecting|can't connect|cannot connect)";

interface CuePattern {
  reason: PrivateReason;
  level: NeedLevel;
  re: RegExp;
  /** A public matter explains it as well: an outage report or a how-to in the same post cancels it. */
  soft?: boolean;
  /** A bare mention: any exclusion in the same post (a flight status, an app bug too) cancels it. */
  weak?: boolean;
  /** The pattern only runs when the text has one of these stems (cheap; most posts name none). */
  gate?: RegExp;
  /**
   * Venting about how they were treated, a soft signal: in a report on a flight, a train or the
   * product ("9 hours without entertainment, staff rude") it is feedback, not a case (rubric F7).
   */
  venting?: boolean;
}

const re = (source: string) => new RegExp(`\\b${source}\\b`, 'gi');

/**
 * One cue pattern as several regexes of a few branches each: V8 compiles a regex at its first use
 * in time that grows faster than its length (the order cues, 13k characters in one, took half a
 * second at the first reply read after each service-worker wake). Overlapping matches of the parts fold into one cue like any others.
 */
function inParts(base: Omit<CuePattern, 're'>, branches: string[], size = 6): CuePattern[] {
  const out: CuePattern[] = [];
  for (let i = 0; i < branches.length; i += size) out.push({ ...base, re: re(alt(...branches.slice(i, i + size))) });
  return out;
}

/** The cues, category by category (rubric T1–T11). */
const PATTERNS_WEAK: CuePattern[] = [];

export const PATTERNS: readonly CuePattern[] = [
  // T1: money on the customer's own account.
  ...inParts(
    {
      reason: 'money',
      level: 'high',
      gate: /renew|subscri|membership|trial|redeem|code|\bvc\b|check|cheque|where|double|charg|bill|refund|money|fee|pay|paid|fraud|debit|deduct|took|taken|credit|card|transact|overdraft|reimburs|promo|voucher|coupon|discount|points|miles|gift|rebate|cash|screwed|cheat|ripped|scam|\$|£|€|price/i,
    },
    [
      '(?<!(?:will|would|could|should|might|if|do|does) (?:i|we|you|u|they) (?:be |get |still be )?)(?:double|doubly|over|under|wrongly|incorrectly|falsely|mistakenly|twice|still|keep|kept|been|being|was|were|got|get|getting|just|already|then|now|they|you|u|ve|have|has|had)[\\s-]?(?:charg(?:ed|ing)|bill(?:ed|ing)|debited)',
      "(?<!(?:will|would|could|should|might|if|do|does) (?:i|we|you|u|they) (?:be |get |still be )?)(?<!\\b(?:will|would|could|should|might|if|do|does|to|gonna)(?: [\\w'-]+){0,3} )charg(?:ed|ing|e) (?:me|us|my|our|him|her|them|twice|double|again|extra|for (?:something|nothing|things|items?|an? \\w+ (?:i|we) (?:didn't|never|did not|returned|cancel+ed))|a fee|a late fee|\\$|£|€|\\d)",
      '(?:double|duplicate|unknown|unauthori[sz]ed|fraudulent|false|wrong|incorrect|random|mystery|hidden|surprise|pending|strange|weird|bogus|unexpected|unrecogni[sz]ed|suspicious|recurring|multiple) (?:charges?|fees?|transactions?|payments?|debits?|withdrawals?|bills?|billing)',
      'overcharg\\w*|over[\\s-]charg\\w*|overbill\\w*|over[\\s-]bill\\w*',
      '(?:my|our|a|the|full|partial|no|still no|promised|missing|pending|any) refunds?',
      "refund (?:me|us|my|our)|refunded|money back|(?:my|our) money|where(?:'s| is| are) (?:my|our) (?:money|refund|credit|cash|check|cheque|paycheck|payment|deposit|reimbursement|points|miles|rewards)",
      "(?:haven't|havent|have not|never|didn't|did not|still not|not yet|yet to) (?:been |got |gotten |received |get )?(?:refunded|reimbursed|credited|paid back|paid)",
      '(?:took|taken|take|taking|deducted|debited|withdrew|withdrawn|stole|stolen|removed|pulled) (?:\\w+ )?(?:money |funds |\\$?\\d[\\d.,]* )?(?:from|out of) (?:my|our) (?:\\w+ )?(?:account|card|bank|balance|wallet)',
      'took (?:my|our) money|(?:stealing|stole) (?:my|our) money',
      "(?:my|our|the) (?:card|payment|transaction|purchase|deposit|transfer|direct debit|autopay|auto-pay) (?:\\w+ )?(?:was |got |has been |keeps (?:getting )?|is )?(?:declined|rejected|blocked|failed|frozen|cancel+ed|reversed|held|on hold|pending|missing|not (?:gone|going) through|not showing|fails|failed|keeps failing|won't go through|doesn't go through|isn't going through)",
      '(?:blocked|declined|froze|frozen|cancel+ed|closed|locked|suspended|flagged) (?:my|our) (?:\\w+ )?(?:card|account|payment|transaction|purchase)',
      "(?:trouble|problems?|issues?|unable|can't|cannot|can not|couldn't|won't let (?:me|us)|not able|not letting me) (?:to )?(?:buy(?:ing)?|purchas(?:e|ing)|pay(?:ing)?|mak(?:e|ing) (?:a |my )?(?:purchase|payment)s?|top(?:ping)? up|redeem(?:ing)?)",
      'fraud(?:ulent(?:ly)?)? (?:charges?|transactions?|activity|purchases?|payments?|withdrawals?|use|charged|taken|on (?:my|our))|(?:charged|taken|used|debited|withdrawn|opened|spent) (?:\\w+ )?fraudulently|victim of fraud|fraud (?:alert|claim|department|team|case)|identity theft',
      'billing (?:error|issue|problem|mistake|dispute|department)',
      '(?:my|our|the) (?:\\w+ )?(?:bill|invoice|statement) (?:is|was|has|shows|says|went|doubled|increased|jumped|keeps)',
      '(?:still )?(?:paying|being billed|charging (?:me|us)) for (?:something|a service|service|nothing|things?|it)',
      'price (?:adjustment|match)',
      "(?:never|didn't|did not|haven't|have not|still not) (?:got|get|received|receive|seen) (?:my|our|the|a|any) (?:\\w+ )?(?:credit|voucher|refund|rebate|cashback|cash back|points|miles|reward|gift card|payment|deposit|money)",
      "(?:credit|voucher|promo(?: code)?|discount|coupon|gift card|points|miles|rebate|cashback) (?:was |were |has |have |hasn't |haven't |isn't |wasn't |didn't |doesn't |won't |did not |does not |will not )?(?:not |never )?(?:been )?(?:applied|received|credited|added|honou?red|showing|show up|work)",
      'chargeback|charge back',
      "(?:want|need|demand|expect|deserve|would like|'d like) (?:a |my |our |the |an? )?(?:full |immediate )?refund|refund(?=\\s*!)|refund (?:me|us|please|pls|now|asap)",
      "(?:redeem|redemption|voucher|gift ?card|promo|discount|coupon|dlc|activation|season pass|vc|product|download) codes? (?:\\w+ )?(?:does ?n[o']?t|dose?n'?t|dosent|doesnt|won'?t|wont|isn'?t|is not|not|never|didn'?t|did not|keeps? not) (?:\\w+ )?(?:work\\w*|redeem\\w*|appl\\w*|go through|valid)",
      "(?:didn't|did not|never|haven't|have not|still not|not) (?:get|got|receive|received|gotten) (?:the|my|our|any) (?:\\w+ )?(?:vc|virtual currency|coins|dlc|credits?|season pass|skins?|bonus|in-?game \\w+)",
      'paid (?:for (?:it |this |them )?)?(?:double|twice|two times|again|extra)',
      "(?:payment|charge|transaction|purchase|order|withdrawal|debit|subscription)s? (?:[\\w'-]+ ){0,5}?(?:i|we) (?:never|didn't|did not|don't|do not) (?:made|make|authori[sz]ed?|recogni[sz]e|ordered|order|bought|buy|approved?|signed up for)|(?:don't|do not|didn't|did not) recogni[sz]e (?:this|that|the|a|these|an?)",
      '(?:my|our) (?:\\w+ )?(?:bill|invoice|statement|premium|rate|monthly payment)\\b[^.!?]{0,30}?\\b(?:higher|went up|gone up|increased|doubled|tripled|jumped|wrong|incorrect|more than)',
      '(?:cancel+ed|ended|stopped|terminated|closed|quit|downgraded) (?:my |our |the )?(?:\\w+ )?(?:subscription|membership|plan|account|service|trial|contract|order)\\b[^.!?]{0,60}?\\b(?:still|charged|billed|charging|billing|paying|took|taken|debited)',
      'auto[\\s-]?renew\\w*|renewed (?:my|our|without)|free trial',
      "(?:my|our) (?:[\\w'-]+ )?(?:points|miles|credits?|balance|rewards|reward points|gift cards?|store credit|wallet) (?:\\w+ ){0,2}?(?:disappeared|gone|vanished|missing|expired|removed|wiped|reset|not showing|stolen|used|taken)",
      "(?:won't|wouldn't|will not|refuse to|refused to|refuses to|didn't|did not|never|not) (?:even )?(?:credit|refund(?:ing)?|reimburse|waive|honou?r|return|give (?:me|us) (?:back )?(?:my|our|a|the))\\b",
      '(?:miles|points|credit|money|funds) (?:from|out of) (?:my|our)',
      '(?:my|our) (?:\\w+ )?(?:money|miles|points|credit|deposit|refund|funds|cash) back',
      '(?:screwed|cheated|ripped|scammed|conned|swindled) (?:me|us) (?:out of|off)|(?:scammed|ripped off|robbed) (?:me|us)\\b',
    ],
  ),
  // T2: a specific order, delivery, trip or booking went wrong.
  ...inParts({ reason: 'order', level: 'high' }, [
    `(?:(?:my|our|the|this|that|his|her|an?|two|three|four|\\d{1,2}) (?:[\\w'-]+ ){0,3}?)?${ORDER_THING}(?: #?\\w*\\d\\w*)? [^.!?]{0,50}?\\b${ORDER_FAILURE}`,
    `(?:lost|misplaced|damaged|broke|broken|ripped|tore|torn|smashed|destroyed|dented|cracked|gave away|giving away|given away|cancel+ed|cancell?ing|delayed|stole|stolen|mixed up|messed up|ruined|screwed up|forgot|forgotten|never (?:got|received|delivered|sent|shipped)|(?:haven't|havent|have not|didn't|did not|still not|still haven't|yet to|never|not) (?:got|gotten|received|get|receive|seen)|waiting (?:for|on)|where(?:'s| is| are)|missing|chasing|tracking|refused|declined|lost track of) (?:\\w+ ){0,2}?(?:my|our) (?:[\\w'-]+ ){0,2}?${ORDER_THING}`,
    '(?:waiting|waited|wait) (?:\\w+ ){0,3}?(?:for|on) (?:my|our|the) (?:\\w+ )?(?:driver|cab|taxi|uber|lyft|courier|delivery|food|order|engineer|technician|installer)',
    "(?:my|our|the|his|her) (?:[\\w'-]+ ){0,2}?(?:flights?|trip|booking|reservation|train|tickets?|connection|connecting flight|leg|seats?|room|hotel|itinerary|return|cruise|holiday|vacation|rental|car|upgrade|pickup|pick-up|appointment|install(?:ation)?) (?:was |were |got |has been |have been |had been |is |are |been |just |now |also ){0,2}(?:cancel+ed|rebooked|changed|moved|oversold|overbooked|downgraded|given away|bumped|lost|missing|deleted|not showing|disappeared|gone|double[\\s-]booked|messed up|screwed up|rescheduled|denied|refused|taken|sold|given to (?:someone|somebody|another)|resold)",
    '(?:you|u|they|he|she|someone|somebody|\\w+ (?:air|airlines?|airways)) (?:just |have |has |had )?(?:cancel+ed|rebooked|changed|moved|downgraded|bumped|gave away|sold|lost|misplaced) (?:my|our|me|us)',
    '(?:cancel+ed|cancell?ing|deleted?|deleting|removed?|removing|voided?|voiding) (?:my|our) (?:\\w+ ){0,2}?(?:flights?|trip|booking|reservation|order|tickets?|room|connection|leg|seats?|appointment|itinerary)',
    '(?:bumped|denied boarding|booted|kicked|thrown|taken) (?:me|us)? ?(?:off|from)(?: (?:the|my|our) (?:flight|plane|train|bus))?|denied boarding|involuntar(?:y|ily) (?:bump|denied)',
    '(?:moved|took|gave away|changed|downgraded|switched) (?:me|us|my|our) (?:\\w+ )?(?:seats?|room|class|cabin)|(?:moved|bumped|kicked|taken) (?:me |us )?(?:off|out of|from) (?:my |our |the |an? )?(?:\\w+ )?(?:seats?|row|class|cabin)',
    "(?:(?:i|we|i've|we've|just) )?(?:ordered|bought|purchased|booked|paid for|reserved|pre-?ordered|signed for) [^.!?]{0,90}?\\b(?:never|not (?:yet )?(?:arrived|here|received|delivered|come)|still (?:not|hasn't|haven't|waiting)|hasn't|haven't|didn't (?:arrive|come|get|receive)|missing|wrong|incorrect|damaged|broken|lost|cancel+ed|late)",
    "(?:the|our|my|his|her|a|an) (?:\\w+ ){0,2}?driver (?:\\w+ ){0,3}?(?:cancel+ed|never|didn't|did not|wouldn't|refused|left (?:me|us|without)|drove (?:off|away|past)|went (?:the )?wrong|took (?:a |the )?(?:wrong|long\\w*)|got lost|couldn't find|could not find|kicked|charged|ended (?:the|my) (?:ride|trip)|took forever|over \\d+ minutes|\\d+ minutes late)",
    "can't find my (?:address|house|building|place)|(?:couldn't|could not|can't|cannot) find (?:my|our) (?:address|house|building|place|location)",
    "(?:still )?(?:haven't|havent|have not|hasn't|didn't|did not|never|not) (?:got|gotten|received|seen|had) (?:it|them|anything|a thing)\\b(?! (?:yet )?(?:wrong|right))",
    'redeemed (?:a|the|my) (?:\\w+ ){0,2}?(?:code|voucher|gift card|card)',
    "(?:left|forgot|lost) (?:my|our|his|her) (?:[\\w'-]+ )?(?:phone|wallet|keys|sunglasses|glasses|jacket|coat|laptop|passport|ipad|tablet|kindle|headphones|bag|purse|backpack|umbrella|camera|ring|watch) (?:in|on|at|under|inside) (?:the|your|a|my|an|seat)",
    `(?:left|dumped|threw|thrown|dropped) (?:my|our|the) (?:[\\w'-]+ )?${ORDER_THING} (?:in|at|on|outside|by|over|behind|with)`,
    "(?:my|our) (?:\\w+ )?(?:laptop|phone|iphone|device|car|tv|computer|console|watch|macbook|ipad) (?:has been|is|was|'s been|have been) (?:\\w+ )?(?:at|in|with|away for|off for) (?:the |a )?(?:repair|service|shop|workshop|depot|servicing|fixing)",
    `(?:issues?|problems?|trouble|something wrong|a mix-?up|an error) with (?:my|our|a|an|the|this|his|her) (?:[\\w'-]+ ){0,3}?${ORDER_THING}`,
    `where (?:my|our) (?:[\\w'-]+ )?${ORDER_THING} (?:is|are|went|has gone|have gone|might be|could be)`,
    "(?:it's|it is|they're|they are|it|they) (?:still )?(?:not|isn't|aren't) (?:here|delivered)|still not here|where(?:'d| did) (?:it|they|my \\w+) go",
    "(?:technician|engineer|tech|installer|courier|delivery (?:guy|man|driver|person)|driver) (?:never|didn't|did not|has not|hasn't|failed to|did not even|didn't even|never even) (?:show(?:ed)?(?: up)?|turn(?:ed)? up|c[oa]me|arrived?|call(?:ed)?|r[ia]ng|knock(?:ed)?)",
    `still (?:no|don't have|do not have|haven't got|have not got|without|not got) (?:my |our |the |any |a )?(?:[\\w'-]+ )?${ORDER_THING}`,
    `(?:don't|do not|doesn't|does not|didn't|did not|still don't|no one|nobody|can't|cannot|couldn't|could not) (?:\\w+ ){0,2}?(?:know|find|locate|tell (?:me|us)|trace|track down) (?:where )?(?:my|our|the|his|her) (?:[\\w'-]+ )?${ORDER_THING}`,
    `(?:missing|lost|delayed|damaged|stolen|misplaced|mishandled|misrouted) ${ORDER_THING}`,
    `${ORDER_THING} (?:that )?(?:you|u|they|your \\w+) (?:lost|damaged|broke|misplaced|ruined|destroyed|ripped|never delivered|sent to)`,
    "lost (?:my|our|his|her) (?:[\\w'-]+ )?(?:phone|wallet|keys|sunglasses|glasses|jacket|coat|laptop|passport|ipad|tablet|kindle|headphones|clothes|belongings|stuff|purse|ring|camera|bag|bags|luggage|suitcase|package|order)",
    "(?:get|bring|send|deliver|return|find|locate|give (?:me|us)) (?:me |us )?(?:back )?(?:my|our|his|her) (?:[\\w'-]+ )?(?:bags?|luggage|suitcases?|baggage|stuff|belongings|packages?|order|parcel|items?|clothes)(?! (?:benefit|allowance|fees?|policy|limit|size|tag))",
    "(?:my|our|his|her) (?:[\\w'-]+ )?(?:bags?|luggage|suitcases?|baggage|belongings|packages?|parcels?) (?:is|are|was|were) (?:\\w+ )?(?:in|at|still|sitting|stuck|on|somewhere|nowhere|left)",
    'fail(?:ed|ing|s)? to (?:deliver|arrive|ship|show up|turn up|send|process|refund|credit|honou?r|pick (?:me|us) up)',
    'booked (?:me|us) (?:in|into|on|onto)',
    "(?:not|never|isn't|wasn't|stop|stopped) (?:even )?deliver(?:ing|ed)? (?:\\w+ ){0,3}?to (?:me|us|my (?:door|house|home|flat|apartment))|(?:left|leaving|dumped|dumping) (?:it|them|something|my \\w+|the \\w+) (?:in|at|outside|by) (?:my|our|the) (?:building|lobby|porch|doorstep|mailroom|front desk|reception|gate)",
    "(?:still|has still|have still|it's still|it is still) (?:not|hasn't|haven't|hasnt|havent|not yet|never) (?:been )?(?:arrived|come|turned up|shown up|showed up|delivered|received|dispatched|shipped)",
    '(?:my|our) (?:\\w+ )?(?:order|package|parcel|delivery|shipment) (?:#|number|no\\.?)',
  ]),
  // T2 as well, but a policy question explains it too ("if I was rebooked, do I pick up my bag?").
  {
    reason: 'order',
    level: 'high',
    soft: true,
    gate: /miss|strand|overnight|hotel|voucher|sleep|book|accommodat|rout|leg|segment|check|seat|print|cancel/i,
    re: re(
      alt(
        "(?:can't|cannot|can not|cant|unable to|couldn't|could not|won't let (?:me|us)|not able to|not letting (?:me|us)|trouble|problems?|issues?|errors?|error messages?)(?! wait)(?: \\w+){0,4}? (?:check(?:ing)?[\\s-]?in|check(?:ing)? (?:into|in to|in for) (?:my|our)|book(?:ing)? (?:my|our|a|the)|rebook\\w*|chang(?:e|ing) (?:my|our)|select(?:ing)? (?:a |my |our )?seats?|cancel\\w* (?:my|our)|add(?:ing)? (?:my|our)|print(?:ing)? (?:my|our) (?:boarding pass|ticket))",
        '(?:missed|miss|missing|will miss|going to miss|gonna miss|about to miss|made (?:me|us) miss|caused (?:me|us) to miss) (?:all |both )?(?:my|our|the) (?:\\w+ )?(?:connect\\w*|flights?|train|cruise|ferry|bus)|miss(?:ed)? (?:all |both )?(?:my |our )?connections',
        '(?:only|just) (?:the )?(?:first|second|one|outbound|return) (?:leg|flight|segment|way)|(?:leg|segment|return flight|outbound flight) (?:is |was |has )?(?:missing|gone|not (?:showing|there|booked|confirmed))',
      ),
    ),
  },
  // A disrupted trip named without what went wrong with the booking: a softer signal.
  {
    reason: 'order',
    level: 'low',
    soft: true,
    gate: /strand|overnight|hotel|voucher|sleep|book|accommodat|rout/i,
    re: re(
      alt(
        'stranded|stuck overnight|stay(?:ing)? overnight|overnight (?:in|at) (?:the )?(?:airport|terminal)|hotel (?:voucher|room for)|meal voucher|sleep(?:ing)? (?:at|in) the (?:airport|terminal)',
        're-?book\\w*|re-?accommodat\\w*|re-?rout(?:ed|e me|e us)',
      ),
    ),
  },
  // T3: account access or security.
  {
    reason: 'account',
    level: 'high',
    gate: /account|acct|profile|log|sign|password|number|gamertag|\bid\b|member|hack|lock|port|stol|secur|2fa|factor|verif|identity|sim|unauthori|someone|somebody|card|banned|suspend/i,
    re: re(
      alt(
        "(?:my|our|his|her) (?:[\\w'-]+ ){0,2}?(?:account|acct|profile|login|log-?in|id|apple id|icloud|gamertag|psn|membership|number|phone number|line|e-?mail|email address|sim|card|debit card|credit card|online banking|app|phone|iphone|ipad|device|laptop|mac|watch) [^.!?]{0,40}?\\b(?:locked|suspended|disabled|deactivated|hacked|banned|closed|compromised|deleted|stolen|ported|blocked|frozen|restricted|terminated|on hold|taken over|shut down|flagged|breached|cloned|skimmed|used without|cancel+ed|removed|gone|wiped|disconnected|cut off)",
        "(?:locked|hacked|banned|suspended|kicked|blocked|shut|closed|deactivated|disabled|deleted|froze|frozen|terminated|cancel+ed|restricted) (?:me |us )?(?:out |down )?(?:of |from )?(?:my|our) (?:[\\w'-]+ ){0,2}?(?:account|acct|profile|id|login|card|phone|number)",
        '(?:issues?|problems?|trouble|something wrong) (?:with|on|in) (?:my|our) (?:\\w+ )?(?:account|acct|profile|login|id|membership)',
        'locked (?:myself |ourselves )?out|(?:been|got|was|were|being) hacked|hacker|(?:account|acct) (?:was |has been |got )?hacked',
        '(?:someone|somebody|a stranger|a hacker|some(?:one)? else|another person) (?:\\w+ ){0,2}?(?:used|accessed|logged into|hacked|took over|is using|has access to|changed|bought|ordered|opened)',
        "says (?:that )?(?:i|we) (?:don't|do not|no longer) (?:own|have (?:access|a licen[sc]e))|(?:disappeared|gone|missing|removed) from my (?:library|account|collection|purchases)",
        'identity theft|stole my identity|port(?:ed|ing)[\\s-]?(?:out|away)|unauthori[sz]ed port\\w*|sim[\\s-]swap\\w*|(?:ported|stole|stolen|gave|give|transferred|took) (?:away )?(?:my|our) (?:phone |cell |mobile )?(?:number|line)|unauthori[sz]ed (?:access|login|log-in|use|purchase|order|transaction|account)',
      ),
    ),
  },
  {
    reason: 'account',
    level: 'high',
    soft: true,
    gate: /log|sign|access|password|verif|2fa|factor|otp|code|security|recover|unlock|reactivat/i,
    re: re(
      alt(
        "(?:can't|cannot|can not|cant|unable to|couldn't|could not|won't let (?:me|us)|not able to|keep failing to|trouble|problems?|issues?|not letting me) (?:\\w+ )?(?:log(?:ging)? ?in(?:to)?|sign(?:ing)? ?in(?:to)?|login|access(?:ing)?|get(?:ting)? into|recover(?:ing)?|verify(?:ing)?|reactivat\\w*|unlock\\w*|reset(?:ting)?) (?:to |into |in to )?(?:my|our)\\b(?: [\\w'-]+){0,2}",
        "(?:can't|cannot|can not|cant|unable to|couldn't|could not|won't let (?:me|us)|not able to) (?:log|sign) ?in",
        'unlock (?:my|our) (?:phone|device|iphone|account|sim)|security (?:alert|breach|hold|lock|freeze)|2fa|two[\\s-](?:factor|step)|verification (?:code|text|email|sms)s?|one[\\s-]time (?:code|password|pin)|password reset|reset (?:my|the) password',
      ),
    ),
  },
  // T4: safety, harassment, health, discrimination or a legal threat.
  {
    reason: 'safety',
    level: 'high',
    re: re(
      alt(
        'harass\\w*|assault\\w*|grop(?:ed|ing|e)|molest\\w*|sexual(?:ly)? (?:harass\\w*|assault\\w*|comments?|advances?|misconduct|remarks?)|inappropriate(?:ly)? (?:touch\\w*|comments?|behaviou?r)|touched (?:me|my|her|him)|stalk\\w*|predator',
        "unsafe|(?:didn't|did not|don't|do not|never|not) (?:feel )?safe|not safe|safety (?:issue|concern|hazard|risk|violation|problem)s?|(?:for|about|of|to) (?:my|our|his|her|their|the passengers'?|passenger) (?:own )?safety|endangered|put (?:me|us|my|our) (?:\\w+ )?(?:at risk|in danger)|danger(?:ous|ously)",
        'injur(?:ed|y|ies)(?<!insult to injury)|hurt (?:me|my|us|myself|ourselves|her|him)|(?:hit|bumped|cut|burned|burnt|broke|sprained|banged) (?:my|our|his|her) (?:head|hand|arm|leg|face|mouth|knee|back|foot|finger|tooth|teeth)|hospitali[sz]\\w*|(?:in|to) (?:the )?hospital|ambulance|emergency room|food poisoning|(?:got|made|making|became|left) (?:me |us |my \\w+ |him |her )?(?:so )?(?:sick|ill|vomit\\w*|throw(?:ing)? up)|allergic reaction|anaphyla\\w*|choked on',
        '(?:car )?accident|crash(?:ed)? (?:into|the car|with)|(?:my|the|our) driver (?:crashed|hit)|drunk driver|(?:driver|he|she) (?:was )?(?:drunk|high|texting|speeding|driving recklessly)|reckless(?:ly)?|(?:broke|broken) into|robbed|stolen from (?:my|our) (?:car|room|bag|house)',
        'threat(?:en\\w*)?|intimidat\\w*|assaulted|attacked|punched|shoved|pushed (?:me|us)|spat (?:on|at)',
        "discriminat\\w*|racis[mt]\\w*|racial(?:ly)?|homophob\\w*|transphob\\w*|sexis[mt]|bigot\\w*|profil(?:ed|ing)|because (?:i'm|i am|we are|we're) (?:black|white|asian|muslim|jewish|gay|disabled|a woman|trans)",
        'police|cops|lawyers?|attorneys?|lawsuit|sue (?:you|them|u|\\w+)|suing|legal (?:action|team|advice)|small claims|\\bbbb\\b|\\bftc\\b|\\bfcc\\b|\\bcfpb\\b|consumer protection|better business bureau|attorney general|ombudsman|trading standards|class action|(?:report(?:ing|ed)?|complain(?:ing|ed)?) (?:you |this |them |u )?to (?:the )?(?:bbb|ftc|fcc|dot|faa|police|authorities|regulator|press|media|news)',
        'privacy (?:violation|breach)|(?:leaked|shared|sold|exposed) (?:my|our) (?:personal |private )?(?:data|info\\w*|details|address|number)',
      ),
    ),
  },
  // T6: a case, claim or message already open, or a promise not kept.
  ...inParts({ reason: 'case', level: 'high' }, [
    REFERENCE,
    '(?:opened|filed|raised|submitted|lodged|made|logged|put in|sent in|started) (?:a |an |my |the |two |multiple |several )?(?:\\w+ ){0,2}?(?:case|ticket|claim|complaint|complain|dispute|inquiry|enquiry|request|report)s?(?<!(?:guitar|phone|pencil|suit|brief|camera|glasses|laptop|carry(?:ing)?|headphone|pillow|display|watch|book) cases?)',
    '(?:my|our) (?:open |existing |support |compensation |insurance |warranty |refund |baggage )?(?:case|claim|complaint|dispute)|(?:my|our|the|this) (?:open |existing )?support ticket',
    '(?:no one|nobody|no-one|noone|none of you|nobody from \\w+) (?:has |have |will |ever |even |is |seems to )?(?:replied|responded|answered|got(?:ten)? back|gets back|get back|getting back|called|calls|contacted|reached out|replying|responding|answering|answers|responds|replies)',
    "(?:no|zero|still no|not a|not one|without a|without any|haven't had a|never got a|never had a|didn't get a|yet to get a) (?:single )?(?:response|reply|replies|answer|word|call ?back|update|follow[\\s-]?up|resolution|feedback|acknowledge?ment|contact)",
    "(?:never|haven't|havent|have not|hasn't|has not|didn't|did not|still not|still haven't|yet to|not) (?:\\w+ )?(?:heard back|heard anything|heard from|gotten back|got back|been contacted|received (?:a|an|any) (?:reply|response|call|email|e-mail|update|answer|message)|responded|replied|called (?:me |us )?back|rung (?:me |us )?back|gotten a (?:reply|response)|answered (?:my|our))",
    '(?:still )?waiting (?:for|on|to hear) (?:\\w+ ){0,3}?(?:reply|response|call|callback|call back|answer|refund|update|email|e-mail|resolution|someone|somebody|you|a technician|an engineer|the engineer|the technician|back|claim|compensation|money|credit|replacement|repair|reimbursement)',
    '(?:waiting|waited) (?:\\w+ )?(?:\\d+|two|three|four|five|several|many|a few|weeks|days|months) (?:\\w+ )?(?:for|on) (?:a |an |my |the )?(?:reply|response|call|answer|refund|update|resolution|replacement)',
    'follow(?:ing)?[\\s-]up (?:on|about|regarding|with)',
    '(?:filed|file|filing|submitted|opened) (?:a |the |my |our )?(?:\\w+ )?(?:claim|report)|(?:report|claim|complaint|case|ticket) (?:was|has been|is|were|have been) (?:filed|opened|submitted|lodged|raised|logged|made)',
    "(?:called|contacted|emailed|e-mailed|rang|phoned|messaged|dm'?d|dmed|tweeted|spoke(?:n)? (?:to|with)|chatted with|been (?:to|in)) (?:\\w+ ){0,4}?(?:\\d+|two|three|four|five|six|several|multiple|many|numerous|countless|dozens of|a dozen|a million|100) (?:times|people|agents|reps|representatives|different|calls|emails|occasions|stores|days)",
    "escalat(?:ed|e|ing)|(?:sent|send|sent you|dm'?d|dmed|messaged|emailed|e-mailed) (?:you|u|y'all|your team|support|customer service)? ?(?:a |an |two |several |multiple |\\d+ )?(?:dms?|direct messages?|messages?|emails?|e-mails?|letters?|tweets?)? ?(?:\\w+ ){0,4}?(?:no (?:reply|response|answer)|nothing|no one|nobody|still|ignored|yet)",
    "(?:promised|told|said|assured) (?:me |us )?(?:\\w+ ){0,3}?(?:i was going to|we were going to|i'd|i would|we'd|we would|they'd|they would|someone would|you'd|you would|it would|it'd|i will|it will|they will|we will|someone will) (?:\\w+ )?(?:call|ring|email|contact|get back|refund|credit|fix|send|arrive|get|receive|be given|be (?:delivered|fixed|refunded|resolved|credited|here|sent))",
    "(?:emailed|e-mailed|wrote to|written to|messaged|dm'?d|contacted|called) (?:your |the )?(?:customer (?:care|service|relations|support)|support|complaints?|corporate|head office)(?: team| department| dept)?",
    '(?:awaiting|await) (?:a |my |your |the |any )?(?:\\w+ )?(?:call|reply|response|refund|email|callback|call back|answer|update)',
    "(?:sent|send|dm'?d|dmed|messaged|emailed|e-mailed|tweeted) (?:you|u|y'all) (?:a |an )?(?:dm|message|email|e-mail)?s? ?(?:\\w+ )?(?:hours|days|weeks|yesterday|ago|last|earlier|already|twice|again)",
    "(?:still )?(?:haven't|have not|hasn't|has not|never) heard(?! (?:of|that|this|it|anything like|such))",
    '(?:second|third|fourth|fifth|2nd|3rd|4th|5th|umpteenth) (?:call|phone call|email|e-mail|message|dm|chat|attempt|visit|trip to the store)s?\\b(?! (?:of|for the))',
    "(?:second|third|fourth|fifth|2nd|3rd|4th|5th|umpteenth|\\d+(?:st|nd|rd|th)) time (?:i(?:'ve| have)? |we(?:'ve| have)? )?(?:called|contacted|messaged|emailed|tweeted|asked|reached out|written|complained|chatted|rang|phoned)",
    '(?:been |keep |kept )?trying to (?:reach|contact|get (?:hold of|through to|in touch with|a hold of|an answer|a response)) (?:\\w+ ){0,3}?(?:for|since) ',
    "(?:support|customer service|customer care|customer support|your team|the helpline|nobody|no one|you|u|they|(?:the |my |our )?(?:host|seller|store|agent|driver|company|landlord|restaurant|merchant|vendor|shop|courier)) (?:\\w+ )?(?:never|still (?:hasn't|haven't|doesn't|don't)|hasn't|haven't|doesn't|don't|won't|didn't|wouldn't) (?:even )?(?:answer|answers|answered|respond|responds|responded|reply|replies|replied|call (?:me |us )?back|get back|gets back|pick up|picks up|write back)",
    'ignor(?:ed|ing) (?:my|our|me|us)|(?:left|been) on read|(?:check|read|answer|reply to|respond to) (?:my|your|our) (?:dms?|messages?|emails?|inbox)',
  ]),
  // T7: staff conduct aimed at this customer.
  {
    reason: 'staff',
    level: 'high',
    re: re(
      alt(
        '(?:hung up|hang up|hanging up|hangs up) on (?:me|us|my|him|her|them)|(?:rep|agent|manager|supervisor|representative|he|she|they) (?:just |then |literally )?hung up',
        '(?:swore|swearing|yelled|yelling|screamed|screaming|shouted|shouting|cursed|cursing|laughed|laughing|snapped|snapping|rolled (?:her|his|their) eyes|smirked|scoffed|sneered|glared) at (?:me|us|my|him|her)',
        '(?:insulted|humiliated|embarrassed|belittled|mocked|berated|disrespected|patroni[sz]ed|lied to|accused|interrogated|blamed|singled out|dismissed|harangued|scolded|cussed out|bullied) (?:me|us|my|him|her)',
        '(?:was|were|got|being|been|get|am|is|are|keep getting|keeps getting) (?:\\w+ )?(?:yelled|screamed|shouted|sworn|cursed|laughed|snapped|hung up) (?:at|on)',
        'told (?:me|us|him|her|them) to (?:leave|get out|go away|shut up|go home|calm down|stop)|kicked (?:me|us) (?:out|off)|(?:threw|thrown|escorted) (?:me|us) (?:out|off)|asked (?:me|us) to leave|refused (?:to )?(?:serve|help|seat|let|board) (?:me|us|my)|refused (?:me|us) (?:service|entry|boarding)',
        '(?:was|were|so|very|extremely|incredibly|really|being|been) (?:so |very |extremely |incredibly |really )?(?:rude|disrespectful|condescending|nasty|abusive|aggressive|hostile|unprofessional|mean|demeaning|dismissive|snarky|sarcastic|patroni[sz]ing) (?:to|towards|with|at) (?:me|us|my|him|her)',
        '(?:treated|treating|treat|spoke to|spoken to|talked to|talking to|speaking to) (?:me|us|my \\w+|him|her) (?:like (?:a |an )?(?:criminal|dirt|garbage|trash|idiot|child|crap|a piece)|so (?:rudely|badly|poorly)|rudely|badly|poorly|horribly|terribly|awfully|with (?:no|zero) respect|disrespectfully|like (?:that|this))',
      ),
    ),
  },
  {
    reason: 'staff',
    level: 'low',
    venting: true,
    re: re(
      `(?:rep|reps|agents?|managers?|supervisors?|employees?|cashiers?|staff(?: member)?s?|drivers?|hosts?|representatives?|associates?|attendants?|officers?|gate agents?|flight attendants?|crew(?: members?)?|pilots?|workers?|clerks?|servers?|waiters?|waitress(?:es)?|security|csrs?|tellers?|bankers?|technicians?|engineers?|installers?|lady|guy|man|woman|girl|person)\\b[^.!?]{0,30}?\\b(?:was|were|is|are|got|been|being|acting)\\s(?:so |very |extremely |incredibly |really |super |beyond |just |completely |absolutely |terribly |horribly )?(?:rude|disrespectful|condescending|nasty|abusive|aggressive|hostile|unprofessional|mean|racist|horrible|terrible|terribly|awful|unhelpful|not helpful|useless|dismissive|threatening|incompetent|clueless|ignorant|lazy|arrogant|snarky|miserable|grumpy|ridiculous|a joke)`,
    ),
  },
  // T5: the customer's own box, DVR or paid entitlement at fault (duration/repetition: see readOngoing).
  {
    reason: 'ongoing',
    level: 'high',
    gate: /box|dvr|router|modem|remote|receiver|paid|pay|premium|channel|subscri/i,
    re: re(
      alt(
        "(?:my|our|the|a|this) (?:cable |tv |dvr |set[\\s-]?top |wifi |wi-fi |internet |new |x1 |tivo |sky |fios |u-?verse |digital )?(?:box|dvr|router|modem|remote|receiver|hub)\\b[^.!?]{0,40}?\\b(?:trouble|problem|issue|not working|won't|doesn't|does not|isn't|broken|error|keeps|stopped|dead|fault|frozen|freez\\w*|reboot\\w*|restart\\w*|no signal|blinking|flashing)",
        '(?:trouble|problems?|issues?|having (?:an )?issues?) (?:with )?(?:my|our|the|a) (?:cable |tv |dvr |set[\\s-]?top |wifi |internet |new )?(?:box|dvr|router|modem|remote|receiver)',
        "(?:i|we|i've|we've|i'm|we're|i am|we are|still) (?:\\w+ )?(?:pay|paid|paying) for\\b[^.!?]{0,60}?\\b(?:says|asks|tells|saying|asking|can't|cannot|not (?:working|showing|available|included|getting)|won't|doesn't|locked|subscribe|no longer|missing|gone|removed)",
        '(?:premium|paid|hd|sports?|movie) channels?[^.!?]{0,40}?\\b(?:says|asks|tells|saying|missing|gone|not (?:working|showing|available)|subscribe|locked)',
      ),
    ),
  },
  // T7 as well, softer: staff who did nothing when the customer needed them.
  {
    reason: 'staff',
    level: 'low',
    venting: true,
    re: re(
      '(?:staff|crew|flight attendants?|stewardess(?:es)?|stewards?|attendants?|employees?|managers?|security|workers?|agents?|cashiers?|drivers?|your people) (?:\\w+ ){0,2}?(?:did|do|does|would do|will do) (?:absolutely |literally |just )?nothing|(?:no one|nobody|none of (?:the|your) \\w+) (?:\\w+ )?(?:stepped in|intervened|did anything|helped (?:me|us|my))',
    ),
  },
  // T5 as well: their own channels gone (an area-wide outage report explains it too).
  {
    reason: 'ongoing',
    level: 'high',
    soft: true,
    gate: /channel/i,
    re: re(
      "(?:lost|losing|missing|no longer (?:have|get)|can't get|cannot get|don't have|do not have) (?:all |most |some )?(?:of )?(?:my|our) (?:\\w+ )?channels",
    ),
  },
  // T10: something missing, wrong or broken in what the customer bought.
  {
    reason: 'defect',
    level: 'high',
    re: re(
      alt(
        'missing (?:from|in|out of) (?:my|our|the|this) (?:\\w+ )?(?:order|bag|box|delivery|package|meal|food|parcel|shipment|kit|set)|(?:was|were|is|are) missing (?:from|in) (?:my|our|the)|(?:items?|pieces?|parts?|fries|sauce|drinks?|sides?|chips|toy|accessor(?:y|ies)|charger|cable) (?:was |were |are |is )?missing',
        "(?:forgot|forgotten|left out|didn't include|did not include|never included|didn't put|did not put|no) (?:my|our|the|half (?:my|our|the))? ?(?:\\w+ )?(?:fries|drink|drinks|sauce|chips|side|sides|items?|toy|fork|utensils|salsa|cheese|meat|food|dessert|burger|sandwich|pizza|order|bag|receipt|charger|cable|parts?|pieces?|instructions)\\b(?=[^.!?]{0,40}(?:order|bag|box|delivery|meal|got|ordered|paid|came|arrived|in it|inside))",
        "(?:i|we) (?:got|received|were given|was given|ended up with) (?:no|zero|the wrong|a wrong|wrong|someone else'?s|only half|half|an empty|a broken|broken|a damaged|damaged|a used|used|an expired|expired)\\b",
        "(?:gave|sent|served|brought|delivered|handed|shipped) (?:me|us) (?:the wrong|a wrong|wrong|someone else'?s|no|a cold|cold|raw|an expired|expired|stale|a broken|broken|a damaged|damaged|a used|used|half|an empty|empty|a fake|fake|counterfeit|a counterfeit|a knock-?off)\\b|got (?:someone else'?s|the wrong|a wrong|an empty|a broken|a damaged|a fake|a used|a counterfeit)",
        '(?:wrong|incorrect) (?:order|item|items|size|colou?r|product|meal|food|pizza|drink|burger|sandwich|burrito|package|delivery|model|part|phone|device|book|shoes|one)',
        '(?:arrived|came|delivered|showed up|was delivered|turned up|received (?:it|them)) (?:\\w+ )?(?:broken|damaged|cracked|smashed|crushed|shattered|dented|leaking|leaked|torn|ripped|defective|faulty|dead|scratched|stained|dirty|used|expired|mou?ldy|rotten|spoiled|opened|tampered with|incomplete|empty|in pieces)',
        '(?:broken|damaged|cracked|smashed|crushed|shattered|dented|leaking|defective|faulty|expired|mou?ldy|rotten|spoiled|used|dirty|open(?:ed)?) (?:on|upon|at|when) (?:arrival|delivery|opening|unboxing|receipt)',
        '(?:broken|damaged|cracked|smashed|crushed|shattered|dented|bent|torn|ripped) (?:inside|in|within)(?: of)? (?:an? |the |its |their )?(?:\\w+ )?(?:box|packag\\w*|packet|envelope|transit|the post|the mail)',
        'found (?:a |an |some |two |\\w+ )?(?:hair|hairs|bug|bugs|insect|fly|flies|worm|worms|glass|plastic|metal|bone|stone|rock|mou?ld|maggots?|cockroach|roach|band-?aid|nail|wire|string|piece of [\\w ]{1,20}?|\\w+ pieces?) (?:in|on|inside) (?:my|our|the|his|her)',
        "(?:chicken|meat|beef|pork|steak|bacon|fish|cheese|dairy|nuts|peanuts|gluten|egg) (?:in|on) (?:my|our|his|her) [^.!?]{0,40}?\\b(?:vegetarian|vegan|allerg\\w*|halal|kosher|celiac|coeliac|no (?:meat|cheese|dairy))|(?:i'?m|i am|we'?re|we are|he'?s|she'?s) (?:a )?(?:vegetarian|vegan|allergic|celiac|coeliac)",
        '(?:was|were|is|are|came|got) (?:\\w+ )?(?:not what i ordered|not what we ordered|not what i paid for|the wrong one)\\b',
      ),
    ),
  },
  {
    reason: 'defect',
    level: 'low',
    re: re(
      alt(
        'skimp(?:y|ed|ing)|tiny portions?|barely any|half (?:full|empty) (?:bag|box|cup|bottle|container|packet|pack|carton|tub|jar)|(?:bag|box|cup|bottle|packet|pack|carton|tub|jar) (?:was |is |came )?half (?:full|empty)|hardly any|only (?:\\d|one|two|three|a few|a handful of) (?:pieces|chips|fries|nuggets|wings|bites|slices)|(?:raw|undercooked|uncooked|burnt|burned|inedible|cold|stale|soggy|rotten|spoiled|mou?ldy|expired|gone off|rancid|sour) (?:\\w+ )?(?:food|meat|chicken|beef|pork|fish|milk|bread|product|meal|fries|burger|pizza|sandwich|salad|fruit|veg\\w*|bowl|burrito|rice|eggs?|cheese)',
        '(?:food|meat|chicken|beef|pork|fish|burger|pizza|sandwich|fries|rice|eggs?|meal|bowl|burrito|steak|milk|bread|salad|coffee|drink) (?:was|were|is|are|came|tasted|arrived) (?:\\w+ )?(?:raw|undercooked|uncooked|burnt|burned|inedible|stone cold|cold|stale|soggy|rotten|spoiled|mou?ldy|expired|off|rancid|sour|disgusting)',
        "(?:new|brand new|just (?:bought|got|received|purchased)|(?:i|we) (?:just )?(?:bought|purchased|got) (?:a|an|my|our|the))\\b[^.!?]{0,50}?\\b(?:broken|broke|doesn't work|does not work|won't (?:turn on|charge|start|work|connect|power)|not working|stopped working|defective|faulty|dead|cracked|died|fell apart|falling apart|came apart|ripped|tore|leaking|leaks)",
        "(?:stopped working|broke|died|doesn't work|does not work|won't (?:turn on|charge|work)|not working|faulty|defective|broken|fell apart|falling apart|came apart|ripped|tore|leaking|leaks|cracked|shattered|peeling|frayed)\\b[^.!?]{0,40}?\\b(?:after|within|in) (?:only |just |less than )?(?:\\d+|a|an|one|two|three|four|five|six|a few|a couple(?: of)?) (?:days?|weeks?|months?|uses?|wears?|washes)",
      ),
    ),
  },
  // T10, low, from a photo: "you call this chicken?", "is this considered a large?", "not 12 cm".
  {
    reason: 'defect',
    level: 'low',
    re: re(
      alt(
        "(?:you|u|y'all|ya|you guys) call (?:this|that|these|those) (?:a |an )?\\w+",
        '(?:is|are) (?:this|these|that|those|they|both) (?:\\w+ ){0,2}?(?:considered|supposed to be|meant to be|classed as|sold as) (?:a |an |the )?(?:large|medium|small|regular|full|light|family|extra|\\d+\\w*)',
        'little (?:to|or) no \\w+',
        "(?:this|that|it|these|they) (?:is|are|isn't|aren't) (?:not |definitely not |clearly not )?(?:a |an )?\\d+ ?(?:cm|centimet\\w+|inch\\w*|mm|oz|ounces|grams|ml|litres?|liters?)\\b",
      ),
    ),
  },
  // T8: venting about the customer's own failed support contact.
  {
    reason: 'support',
    level: 'low',
    venting: true,
    re: re(
      alt(
        "(?:still|currently|been|am|i'm|was|were|being|put) on hold|on hold (?:for )?(?:over |more than |almost |nearly |about |around )?(?:\\d+|an?|two|three|four|five|several|many|forever|ages|hours)",
        '(?:\\d+|two|three|four|five|several|many) (?:hours?|hrs?|minutes?|mins?) (?:on (?:the )?(?:phone|hold|chat|line)|waiting (?:on|for) (?:the )?(?:phone|hold|an? agent|someone|customer service|support))',
        'on (?:the )?(?:phone|hold|line|chat) (?:with \\w+ )?for (?:over |more than |almost |nearly |about |around )?(?:\\d+|an?|two|three|four|five|several|many|hours|ages)|(?:got|was|were|keep getting|kept getting|been) (?:\\w+ )?(?:disconnected|cut off)',
        'transferred (?:\\w+ ){0,3}?(?:times|around|again|back)|(?:the )?run[\\s-]?around|passed (?:around|back and forth|from (?:one|person))|bounced (?:around|between|from)',
        '(?:no one|nobody|noone|no-one|none of (?:you|them|your \\w+)) (?:\\w+ )?(?:could|would|will|can|was able to|is able to|seems able to|knows how to|wants to|seems to want to|cares to|is willing to|willing to|bothers to) (?:help|fix|solve|resolve|assist|tell|explain|sort)',
        "(?:can't|cannot|won't|couldn't|didn't|wouldn't|refuse to|refused to|unable to|not able to) (?:even )?(?:help|assist|fix|resolve|sort) (?:me|us|my|our|it|this)",
        '(?:worst|terrible|horrible|awful|shocking|appalling|pathetic|poor|bad|disgusting|abysmal|lousy|rubbish|crap|crappy|shitty|horrendous|atrocious|dreadful|non-?existent|incompetent|zero|no|worse|nightmare|joke of a|disgraceful|unacceptable|embarrassing|sub-?par) (?:\\w+ )?(?:customer )?(?:service|support|care|help)(?! (?:area|outage|status))',
        "(?:the way|how) (?:i|we|my \\w+) (?:was|were|got|have been|am being|are being|has been|am|is|are|'m|'re|get|gets) (?:treated|spoken to|handled|dealt with)",
        'dropped the ball|let (?:me|us) down|failed (?:me|us)|gave (?:me|us) the run|(?:keep|kept) giving (?:me|us) (?:the )?(?:same|different)',
        '(?:customer service|customer care|customer support|support|helpline|help line|queue|chat|agents?|reps?|representatives?|staff|team|people|store|branch|call cent(?:er|re)|your (?:staff|agents|reps|team|people)|the (?:rep|agent|staff|store|manager))\\b[^.!?]{0,30}?\\b(?:useless|clueless|no help|unhelpful|not helpful|not help\\w*|incompetent|a joke|rude|sucks?|garbage|trash|hopeless|pathetic|worthless|ignorant)',
        "(?:called|rang|phoned|chatted|spoke|talked|went|visited|contacted|emailed) (?:\\w+ ){0,3}?(?:customer service|customer care|support|the store|your store|a store|the branch|your branch|the helpline|you|the bank|the call cent(?:er|re)|(?:the |your )?contact cent(?:er|re))\\b[^.!?]{0,60}?\\b(?:no help|didn't help|did not help|couldn't help|could not help|wouldn't help|can't help|nothing|useless|clueless|no one|nobody|no idea|said they can't|said they couldn't|they can't|they couldn't|told me)",
      ),
    ),
  },
  // T9: an explicit ask for a call, a DM or a technician.
  {
    reason: 'asked',
    level: 'low',
    re: re(
      alt(
        '(?:speak|talk|chat) (?:to|with) (?:a |an |someone|somebody|a real|an actual|your |the |a live )?(?:human|person|technician|tech|engineer|manager|supervisor|agent|representative|rep|someone|somebody|real person|live person)',
        '(?:call|ring|dm|pm|message|email|e-mail|contact|text|phone) me(?: back)?\\b(?! (?:when|if|crazy|a liar))',
        'call ?back|need (?:a |an |someone to )?(?:call|technician|engineer|tech)|send (?:a |an |someone|me a |out a )?(?:technician|engineer|tech)',
        'can (?:someone|somebody|anyone|you|u) (?:please |pls )?(?:call|contact|dm|message|email|reach out to|get in touch with) (?:me|us)',
        'please (?:dm|respond|reply|get back to me|contact me|call me|help me)|(?:dm|message) (?:me|you) (?:back|asap|now)|(?:check|read) your (?:dms?|messages|inbox)',
        'how (?:can|do|should) (?:i|we) (?:contact|reach|speak|talk|get (?:hold of|in touch))',
      ),
    ),
  },
  // T11: compensation, an upgrade or a quote for the customer's own disrupted or booked trip.
  {
    reason: 'compensation',
    level: 'low',
    gate: /compensat|reimburs|voucher|credit|upgrad|right|make up|goodwill|do about|deserve|owed|entitled|miles|points/i,
    re: re(
      alt(
        "compensat\\w*|reimburs\\w*|vouchers?|(?<!(?:here'?s|give \\w+|giving \\w+|deserve) )(?:a |some |any |travel |flight |account )credit(?! (?:where|to (?:the|your|you)))|(?:free |complimentary |an )upgrade|upgrade (?:me|us)|upgrad(?:e|ing) (?:my|our)",
        'make (?:it|this|things|that|up for (?:it|this|that)) (?:right|up)|make up for (?:it|this|that)|goodwill (?:gesture|payment)|what (?:are|will) (?:you|u) (?:going to |gonna )?do (?:about|for) (?:it|this|me|us)',
        '(?:deserve|want|expect|owed|owe (?:me|us)|entitled to) (?:a |some |my |our |full |at least )?(?:refund|compensation|credit|money|miles|points|voucher|apology and)',
      ),
    ),
  },
];

/**
 * Rubric level: "resolving it needs the customer's own account, order, booking, payment or
 * delivery". A complaint that names one of their own ("my order", "my bill", "I paid") without a
 * failure this file knows is a softer signal of the same need, unless the post is a public matter.
 */
PATTERNS_WEAK.push(
  {
    reason: 'money',
    level: 'low',
    weak: true,
    re: re(
      "(?:my|our) (?:[\\w'-]+ )?(?:bills?|invoices?|statements?|payments?|refunds?|charges?|card|debit card|credit card|deposit|balance|subscription|plan|contract|premium|points|miles|credit|fees?)|(?:i|we|i've|we've) (?:just |already |have |had )?(?:paid|been paying|pay for|was charged|were charged)",
    ),
  },
  {
    reason: 'order',
    level: 'low',
    weak: true,
    re: re(
      `(?<!\\b(?:in|into) )(?:my|our) (?:[\\w'-]+ )?${ORDER_THING}|(?:i|we|i've|we've) (?:just |already |recently )?(?:ordered|bought|purchased|booked|reserved|pre-?ordered)`,
    ),
  },
  {
    reason: 'account',
    level: 'low',
    weak: true,
    re: re("(?:my|our) (?:[\\w'-]+ )?(?:account|acct|profile|login|membership|apple id|gamertag|phone number|number|sim)"),
  },
);

const HOW_TO = 'a how-to or general question';

/** What speaks against a private channel: a public matter with nothing of the customer's own. */
export const AGAINST: readonly { why: string; re: RegExp; cancelsSoft?: boolean; cancelsVenting?: boolean }[] = [
  {
    why: 'an outage report',
    cancelsSoft: true,
    re: /\b(?:(?:is|are) (?:\w+ ){0,3}?(?:down|out)\b(?! (?:for|since))|are (?:you|u|y'all) (?:guys )?(?:down|having (?:issues|problems|an outage))|outages?\b|down (?:in|across|for) (?:my |the |our )?(?:area|region|city|town|neighbou?rhood|everyone|all)|all of \w+ (?:is )?down|anyone else|any ?1 else|is it just me|(?:for )?everyone else|nationwide|across the (?:country|city|area|region)|anything wrong with)/i,
  },
  {
    why: 'a flight status report',
    cancelsVenting: true,
    re: /\b(?:(?:flight|flt|fl)\s?#?\s?\d{1,4}\b|(?:delay\w*|late|tarmac|at the gate|gate change|boarding|departure|departing|take ?off|took off|taking off|runway|de-?ic\w*|weather|mechanical|maintenance|diverted|holding pattern|on time|waiting to (?:board|depart|take off|deplane)|sitting on the plane|still on the plane|(?:long|huge|massive) (?:lines?|queues?)|security line|customs|baggage claim|carousel)\b)/i,
  },
  {
    why: HOW_TO,
    cancelsSoft: true,
    re: /\b(?:how (?:do|can|could|would|should|does|long) (?:i|we|you|one|u|my|it)|how to|(?:wanted|want|would like|'d like) to know|is there (?:a|any) ?way|(?:i was|i'm|i am|just) wondering|wondering (?:if|whether)|(?:will|would|do|does|is) (?:[\w'-]+ ){0,2}?(?:charge|cost) (?:me|us|extra)\b[^.!?]{0,40}\?|can (?:i|we|u|children|kids|my|one)\b|do (?:you|u|y'all) (?:have|offer|sell|ship|accept|do|allow|know|guys)|does (?:the|your|it|this)\b|what(?:'s| is| are) (?:the|your) (?:policy|policies|rules?|process|procedure|price|cost|fee)|(?:will|are) you (?:be )?(?:doing|bringing|selling|offering|getting|adding|having)|i have a question|quick question|any (?:tips|advice|idea)|any chance|(?:are|is) (?:you|u|it) (?:allowing|possible)|will (?:you|u) allow|do (?:i|we) (?:need|have|get)\b|am i (?:able|allowed)|are we (?:able|allowed)|(?:will|would|should|could) (?:i|we) (?:be able|be allowed|need|have to|get))/i,
  },
  {
    why: 'a train status report',
    cancelsVenting: true,
    re: /\b(?:(?:left|leaving|departed|departing|arrived|arriving|landed|landing|ran|running|pulled out) (?:\w+ )?early|early departure|(?:the |my |our |this )?(?:\d{1,2}[.:]\d{2} )?(?:train|service) (?:from|to) [A-Z]\w+)/,
  },
  {
    why: 'feedback on the product',
    cancelsVenting: true,
    re: /\b(?:(?:terrible|bad|awful|horrible|stupid|dumb|poor|great|brilliant|good) idea|(?:this|the|your|new) (?:new )?(?:layout|design|interface|ui|look|redesign)|(?:not|isn't|un)[\s-]?(?:user[\s-]?)?friendly|(?:hard|difficult|impossible|confusing) to (?:use|navigate|find)|not intuitive|left[\s-]handed|bulkhead|overhead bins?|(?:therapy|emotional support|service) (?:pets?|animals?|dogs?)|in[\s-]?flight|entertainment|amenit\w*|(?:plane|flight|train|onboard|on board|\w+'s) wi-?fi|wi-?fi (?:on|aboard) (?:the |my |our |this |your )?(?:plane|flight|train|board)|new (?:interface|design|look|layout|logo|menu|update|version|format|ui|seats?|planes?)|recipes?|tastes?|tasted|bring (?:back|it back)|you should (?:add|make|bring|have|offer)|please (?:add|bring)|feature requests?|legroom|leg room|seat pitch|out of stock|in stock|sold out|no longer (?:sell|stock|carry|offer))\b/i,
  },
  { why: 'a slow-speed report', re: /\b(?:slow\w*|speeds?|buffer\w*|lag\w*|latency|mbps|throttl\w*)\b/i },
  {
    why: 'an app or device bug',
    re: /\b(?:app|website|site|web ?page|(?:payment|checkout|sign[\s-]?up|log[\s-]?in|settings) page|(?:the|an|latest|new|last|recent) update|since (?:the )?updat\w*|crash\w*|corrupt\w*|freez\w*|bugs?|buggy|glitch\w*|errors?|keyboard|autocorrect\w*|battery|won'?t load|not loading|doesn'?t load|keeps closing|black screen|ios|android|software|firmware)\b/i,
  },
];

const HOW_TO_RE = AGAINST.find((a) => a.why === HOW_TO)!.re;

/** True when the post asks a how-to or general question ("can I…?", "is there a way…"). */
export function asksQuestion(input: string): boolean {
  return typeof input === 'string' && HOW_TO_RE.test(normalizeQuotes(input.slice(0, MAX_READ)));
}

function spans(text: string, pattern: RegExp): { span: Span; text: string }[] {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].map((m) => ({ span: { start: m.index, end: m.index + m[0].length }, text: m[0] }));
}

const OWN_RE = new RegExp(`\\b${OWN}\\b`, 'i');
const HOME_RE = /\b(?:at home|home|house|apartment|flat|building|household)\b/i;
const SERVICE_FAULT_RE = new RegExp(
  `\\b(?:outages?|power cuts?|blackouts?|${SERVICE}\\b[^.!?]{0,40}?\\b${SERVICE_FAULT}|${SERVICE_FAULT}\\b[^.!?]{0,30}?\\b${SERVICE})\\b`,
  'i',
);
/** "I've been paying for aggravation rather than tv": a fault on something they pay for. */
const PAYING_RE = /\b(?:(?:i'm|i am|i've been|we're|we are|we've been|been|still) paying|(?:i|we) pay (?:for|\$|£|€|\d))\b/i;
const LASTING_RE = new RegExp(`\\b${LASTING}\\b`, 'gi');
const REPEATED_RE = new RegExp(`\\b${REPEATED}\\b`, 'gi');

/**
 * T5: the customer's own service at fault for days, or again and again (the duration is the cue).
 * In an outage report ("down in my area again?") only a duration of days counts.
 */
function readOngoing(text: string, outage: boolean): PrivateCue[] {
  if ((outage && !(OWN_RE.test(text) || HOME_RE.test(text))) || !(SERVICE_FAULT_RE.test(text) || PAYING_RE.test(text))) return [];
  const found = spans(text, LASTING_RE);
  if (!outage) found.push(...spans(text, REPEATED_RE));
  return found.map((s) => ({ reason: 'ongoing', level: 'high', ...s }));
}

/** Which reason a finding names first when cues overlap: the customer's money before a case number. */
const RANK: readonly PrivateReason[] = [
  'money',
  'account',
  'safety',
  'order',
  'defect',
  'ongoing',
  'staff',
  'case',
  'compensation',
  'support',
  'asked',
];

function outranks(a: PrivateCue, b: PrivateCue): boolean {
  if (a.level !== b.level) return a.level === 'high';
  return RANK.indexOf(a.reason) < RANK.indexOf(b.reason);
}

/** The cue a finding names: of the surest level, the most telling reason (their money before "nobody answers"). */
export function strongestCue(result: NeedsPrivateResult): PrivateCue | undefined {
  return result.cues.reduce<PrivateCue | undefined>((best, cue) => (!best || outranks(cue, best) ? cue : best), undefined);
}

/** Recent readings by text: the post being answered stays the same keystroke after keystroke. */
const RECENT = new Map<string, NeedsPrivateResult>();
const RECENT_MAX = 32;

/** Reads whether a complaint needs a private channel. Never throws. Pure: same text, same result. */
export function needsPrivateChannel(input: string): NeedsPrivateResult {
  const key = typeof input === 'string' ? input.slice(0, MAX_READ) : '';
  const hit = RECENT.get(key);
  if (hit) return hit;
  const result = readNeedsPrivate(key);
  if (RECENT.size >= RECENT_MAX) RECENT.delete(RECENT.keys().next().value!);
  RECENT.set(key, result);
  return result;
}

/** Handles and links, whose dots would otherwise end a sentence for the cues ("@shop.co", "x.com/…"). */
const DOTTED_NAMES = /(?:https?:\/\/|www\.)\S+|@[\w.]+\w/gi;

function readNeedsPrivate(input: string): NeedsPrivateResult {
  // Quotes made plain and the dots of handles and links masked, length kept: spans stay the input's.
  const plain = normalizeQuotes(input);
  const text = plain.replace(DOTTED_NAMES, (name) => name.replace(/[.!?]/g, '_'));
  const exclusions = AGAINST.filter(({ re: r }) => r.test(text));
  const against = exclusions[0]?.why;
  const cancelSoft = exclusions.some((e) => e.cancelsSoft);
  const cancelVenting = exclusions.some((e) => e.cancelsVenting);
  const found: PrivateCue[] = [];
  for (const { reason, level, re: pattern, gate, soft, weak, venting } of [...PATTERNS, ...PATTERNS_WEAK]) {
    if ((soft && cancelSoft) || (weak && against) || (venting && cancelVenting)) continue;
    if (gate && !gate.test(text)) continue;
    for (const s of spans(text, pattern)) found.push({ reason, level, ...s });
  }
  found.push(...readOngoing(text, cancelSoft));
  // One cue per stretch of text: where two overlap, the surer one, then the more telling reason.
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const cues: PrivateCue[] = [];
  for (const cue of found) {
    const last = cues[cues.length - 1];
    if (last && cue.span.start < last.span.end) {
      if (outranks(cue, last)) cues[cues.length - 1] = cue;
      continue;
    }
    cues.push(cue);
  }
  for (const cue of cues) cue.text = plain.slice(cue.span.start, cue.span.end);
  if (cues.length === 0) return against ? { needed: false, cues, against } : { needed: false, cues };
  const level: NeedLevel = cues.some((c) => c.level === 'high') ? 'high' : 'low';
  return against ? { needed: true, level, cues, against } : { needed: true, level, cues };
}

/** What a reply gives in public. */
export type ReplyKind = 'information' | 'apology-only' | 'deflection' | 'question' | 'other';

/** Real information in a reply: a step, a status, a policy, a help link, a yes/no answer. */
const INFORMATION =
  /\b(?:try(?:ing)? (?:a |an |the |to |again|another|uninstall\w*|reinstall\w*|restart\w*|clear\w*|updat\w*|logg?ing)|(?:please |you can |you'll need to |you need to |you may need to |make sure (?:to |you )?)?(?:restart|reinstall|uninstall|update|reset|clear|select|go to|head to|tap|click|open|check (?:out|the|our|your)|run|back up|power cycle|turn (?:off|on)|log out|sign out|speak to a member|visit)\b|(?:we(?:'re| are)|our (?:\w+ )?team is|teams are) (?:\w+ )?(?:working|aware|looking into|investigating|on it)|(?:is|are|will be|should be) (?:on (?:the|its|their) way|boarding|departing|leaving|landing|arriving|back|open)|\b\d{1,2}(?::\d{2}| ?[ap]m)\b|(?:should|will) be (?:back|up|working|fixed|resolved|available|restored)|has been (?:removed|fixed|resolved|restored|updated)|is (?:not |now )?available|isn't available|not available|yes,? (?:it|they|you|children|we)|(?:all|none) of our|we (?:do )?(?:advise|recommend|suggest)|we need to be fair|(?:here|this|these):? https?:|https?:\/\/\S+|(?:guide|article|help page|help pages|steps) (?:here|below|at)|(?:as long as|you'll be shown|can be done|is done|sometimes|because of|(?:likely |probably )?due to|as far as (?:i|we) can see|to schedule|on schedule|there will be|you'll (?:need|have) to|you will (?:need|have) to|(?:we'll|we will|we'd) be (?:glad|happy) to (?:credit|refund|replace|reimburse|waive)))/i;

/** Deflections: pass it on, call someone else, nothing done here. */
const DEFLECTION =
  /\b(?:(?:we'll|we will|i'll|i will) (?:pass|share|forward|refer) (?:this|that|it|your \w+)(?: on| along)?|pass (?:this|that|it) (?:on|along)|(?:will|would) be in touch|(?:contact|call|speak to|reach out to) (?:our |the |your )?(?:customer service|customer care|support|colleagues|store|local|bank|airport)|have you (?:had a chance to |managed to )?(?:contact|speak|call|reach)\w*|(?:we|i) can'?t (?:help|do)|not (?:something|able) (?:we|to) (?:can )?help)\b/i;

const APOLOGY =
  /\b(?:sorry|apolog\w*|regret|that'?s (?:not|no) good|oh no|uh oh|not what we|hear (?:the|your) frustration|we hear you|frustrat\w*|disappoint\w*)\b/i;

/** How a reply answers in public: real information, only an apology, a deflection, a question. */
export function replyKind(input: string): ReplyKind {
  const text = normalizeQuotes(typeof input === 'string' ? input.slice(0, MAX_REPLY_READ) : '');
  if (INFORMATION.test(text)) return 'information';
  if (DEFLECTION.test(text)) return 'deflection';
  if (/\?/.test(text)) return 'question';
  if (APOLOGY.test(text)) return 'apology-only';
  return 'other';
}
