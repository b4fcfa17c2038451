/**
 * Does this complaint need a private channel? Decided from the complaint itself, the way an
 * experienced community manager would: the customer's own money, order, booking or delivery,
 * account access or security, a safety, harassment or legal matter, a long-running fault of their
 * own service, an open case, staff conduct towards them, or an explicit ask for a call or DM.
 * Not needed: praise, banter, general questions and how-tos, outages and "is it down?", flight
 * status, generic app or device bugs, general feedback.
 *
 * And what a reply gives in public: real information (a status, a step, a policy, a help link),
 * only an apology or a deflection, or neither. Linear patterns only.
 */
import type { Span } from '../schemas';
import { normalizeQuotes } from './normalize';

/** Why a complaint needs a private channel. */
export type PrivateReason = 'money' | 'order' | 'account' | 'safety' | 'ongoing' | 'case' | 'staff' | 'asked';

/** One reason found, with the words that carry it. */
export interface PrivateCue {
  reason: PrivateReason;
  span: Span;
  text: string;
}

/** The reading of the complaint. */
export interface NeedsPrivateResult {
  needed: boolean;
  cues: PrivateCue[];
  /** Why not, when something speaks against it ("an outage report"). */
  against?: string;
}

/** A complaint or a reply says what matters early: only this many UTF-16 units are read. */
const MAX_READ = 1_000;
/** A reply gives its answer in its first few sentences. */
const MAX_REPLY_READ = 600;

/** What each reason says in a finding: "it is about {their own money}". */
export const REASON_TEXT: Record<PrivateReason, string> = {
  money: 'their own money',
  order: 'their own order, booking or delivery',
  account: 'access to their account',
  safety: 'their safety or a legal matter',
  ongoing: 'a fault that keeps coming back',
  case: 'a case that is already open',
  staff: 'how your staff treated them',
  asked: 'an explicit ask to be called or messaged',
};

const MY = "(?:my|our|me|i|i'm|i've|we|we're|we've|us)";

/**
 * Each pattern with a cheap gate: the pattern only runs when one of the gate's word stems is in
 * the text (most posts name none, and long alternations are slow to try at every position).
 */
export const PATTERNS: readonly { reason: PrivateReason; re: RegExp; weak?: boolean; gate?: RegExp }[] = [
  {
    reason: 'money',
    gate: /charg|bill|refund|money|adjust|compensat|upgrade|refus|pay|buy|purchas|card|invoice|subscri|statement|deposit|fee|fraud|transact/i,
    re: new RegExp(
      `\\b(?:(?:double|over|under|wrongly|falsely|still being|still|been|being|was|were|got|get|i was|we were|charged me|billed me)[\\s-]?(?:charged|billed|charging)|` +
        `charged (?:me|us|twice|double|for|again)|charging me|double[\\s-]charge|overcharg\\w*|over[\\s-]charg\\w*|` +
        `(?:false|unknown|unauthori[sz]ed|wrong|extra|hidden|duplicate|pending) (?:charges?|fees?|transactions?|payments?)|` +
        `(?:a|my|the|full|partial|no) refund|refund (?:me|us|my)|refunded|money back|my money|` +
        `price adjustment|billing|compensation|free upgrade|refuses? to (?:give|refund|pay)|(?:trouble|problems?|unable|can'?t|cannot) (?:buying|purchasing|paying|buy|purchase|pay)|my (?:bill|card|payment|invoice|subscription|statement|deposit)|` +
        `(?:blocked|declined|froze|frozen|cancelled|canceled) my (?:card|account|payment)|fraud)\\b`,
      'gi',
    ),
  },
  {
    reason: 'order',
    re: new RegExp(
      `\\b(?:${MY} (?:ordered|bought|purchased|booked|reserved|paid for|signed for)|` +
        `booked (?:us|me)|still not here|(?:^|[.!?]\\s+)(?:ordered|bought|booked|purchased)\\b|(?:has|have|hasn'?t|haven'?t)(?: not| still not| still)? (?:yet )?(?:arrived|come|been delivered|shown up)|not (?:yet )?arrived|` +
        `(?:my|our) (?:\\w+ )?(?:flight|trip|booking|train) (?:was |got |has been |is )?(?:cancell?ed|rebooked|changed|moved|oversold)|` +
        `where(?:'d| did| is| are) (?:it|they|my|our) ?(?:go|package|order)?|can'?t find my address|` +
        `(?:(?:can'?t|unable to|cannot|trying to|try to) check[\\s-]?in)|(?:the|our|an?|this) (?:\\w+ ){0,2}driver|(?:my|our|a|the) (?:cable |tv |internet )?box\\b|` +
        `(?:my|our|the|this|an?|two|three|\\d) (?:[\\w-]+ ){0,3}?(?:order|package|packages|parcel|parcels|delivery|shipment|item|items|reservation|booking|seat|seats|ride|trip|room|luggage|bag|bags|suitcase|purchase|costume)\\b(?! (?:status|options)\\b)|` +
        `(?:failed|failing|fail) to deliver|never (?:came|arrived|showed|delivered)|didn'?t (?:even )?(?:show up|arrive|come|deliver)|` +
        `(?:got|received|sent) (?:no|the wrong|a wrong|wrong)|missing (?:item|items|from)|wrong (?:order|item|size)|` +
        `lost (?:my|our) (?:package|bag|bags|luggage|order|suitcase)|(?:lost|stolen) package|tracking (?:number|says)|` +
        `(?:moved|took|gave away) (?:me|us|my|our) (?:seat|seats)|(?:my|our) driver|no[\\s-]show|` +
        `i'?m a vegetarian|redeemed a code|(?:haven'?t|didn'?t|never) (?:got|gotten|received) (?:it|my|them|the))\\b`,
      'gi',
    ),
  },
  {
    reason: 'account',
    gate: /account|profile|log|sign|password|number|gamertag|\bid\b|member|hack|lock|port|stol|security|2fa|factor|verif|identity/i,
    re: new RegExp(
      `\\b(?:(?:my|our) (?:account|profile|login|password|number|phone number|gamertag|id|apple id|membership)\\b(?: (?:is|was|has been|got|been))? ?(?:locked|suspended|disabled|hacked|banned|closed|compromised|deleted|stolen|ported|blocked|frozen)?|` +
        `hacked|locked out|can'?t (?:log|sign) ?in|unable to (?:log|sign) ?in|(?:log|sign) ?in to my|` +
        `(?:gave|give|ported|stole|stolen) (?:away )?my (?:phone )?number|security (?:alert|breach|question)|2fa|two[\\s-]factor|verification code|identity theft)\\b`,
      'gi',
    ),
  },
  {
    reason: 'safety',
    re: /\b(?:harass\w*|assault\w*|grop\w*|molest\w*|sexual\w*|unsafe|safety|injur\w*|hurt (?:me|my|us)|hit my head|crashed (?:into|the car)|my driver crashed|accident|drunk driver|threaten\w*|discriminat\w*|racis[mt]\w*|lawyer|attorney|lawsuit|sue (?:you|them)|legal action|bbb|ftc|better business bureau|police|report (?:you|this) to)\b/gi,
  },
  {
    reason: 'ongoing',
    gate: /day|week|month|time|keep|again|every/i,
    re: /\b(?:(?:for|in|over|since) (?:\d{1,3}|two|three|four|five|six|several|many|a few|a couple of)\+? (?:days|weeks|months)|(?:third|3rd|fourth|4th|fifth|5th) (?:day|time|week)|(?:\d{1,2}|two|three|four|five) days (?:running|in a row|now|straight)|days running|keeps? (?:dropping|going down|cutting out|disconnecting)|again and again|every (?:single )?(?:day|night)|(?:for|since) (?:last|a) (?:week|month)|(?:all|every) week)\b/gi,
  },
  {
    reason: 'case',
    re: /\b(?:case (?:number|#|no|officer|id)|(?:my|the|a) (?:case|ticket|claim|complaint)(?: number| #)?|ticket (?:number|#)|claim (?:number|#)|reference number|(?:submitted|filed|opened|raised|lodged|made) (?:a |my |an? )?(?:complain\w*|claim|ticket|case|report|request)|(?:sent|send|sent you) (?:a |an? |you a )?(?:dm|message|email)|(?:no one|nobody|no-one) (?:has )?(?:replied|responded|answered|got back|gets back|will get back|called|contacted)|(?:still )?no (?:response|reply|answer|word|call back|callback) (?:from|yet)|(?:never|haven'?t|hasn'?t|didn'?t) (?:heard back|got back|gotten back|been contacted|received a (?:reply|response|call))|follow(?:ing)?[\s-]up on|on hold for|no one (?:could|would|will|can) help|(?:support|customer service|nobody|no one) (?:never |still hasn'?t |hasn'?t |doesn'?t |won'?t )?(?:answers|answered|responds|responded|replied|replies|calls back)|still (?:not|no) (?:response|resolved|fixed|refunded)|still waiting (?:for|on) (?:a |my |the )?(?:reply|response|call|refund|email|update))\b/gi,
  },
  {
    reason: 'staff',
    re: /\b(?:hung up(?: on)?|swore at|yelled at|screamed at|shouted at|insulted (?:me|us)|(?:was|were|so|very|extremely) rude (?:to )?(?:me|us)?|(?:rep|agent|manager|supervisor|employee|cashier|staff member|driver|host|representative|associate|attendant|officer) (?:was|were|is|who|that|told|said|refused|laughed)|told (?:me|us) to leave|kicked (?:me|us) (?:out|off)|not concerned for our|(?:agents?|reps?|staff|employees?|crew) (?:are|were|was|is) (?:so |very |extremely |terribly |really )?(?:rude|terrible|terribly|horrible|unhelpful|not helpful|useless|awful))\b/gi,
  },
  {
    reason: 'asked',
    re: /\b(?:(?:speak|talk) (?:to|with) (?:a |an |someone|somebody|a real|your )?(?:technician|manager|supervisor|human|person|someone|somebody|agent|representative)|(?:call|dm|message|email|contact) me\b(?! (?:when|if))|call me back|call back|callback|need (?:a |someone to )?(?:call|technician))\b/gi,
  },
  // Broad, rubric-level words: the customer's own transaction, account or treatment named at all.
  {
    weak: true,
    reason: 'money',
    re: /\b(?:charged?|charges|charging|billed|bill|fees?|paid|payment|refunds?|reimburs\w*|compensat\w*|my money|[$£€]\s?\d[\d.,]*)\b/gi,
  },
  {
    weak: true,
    reason: 'order',
    re: /\b(?:orders?|ordered|package|packages|parcels?|deliver(?:y|ed|ies)?|shipment|shipping|shipped|tracking|reservations?|booking|booked|luggage|baggage|suitcase|rebook\w*|my (?:bag|bags|seat|ride|trip|room|flight|order|item|food|meal|box))\b/gi,
  },
  {
    weak: true,
    reason: 'account',
    re: /\b(?:account|accounts|log ?in|login|sign ?in|password|locked|suspended|banned|hacked|my (?:phone )?number|membership|subscription)\b/gi,
  },
  {
    weak: true,
    reason: 'staff',
    re: /\b(?:rude|hung up|manager|supervisor|(?:customer service|support) (?:rep|agent)s?|reps?|agents?|employees?|cashier|staff|crew member)\b/gi,
  },
];

/** What speaks against a private channel: a public matter with nothing of the customer's own. */
export const AGAINST: readonly { why: string; re: RegExp }[] = [
  {
    why: 'an outage report',
    re: /\b(?:(?:is|are) (?:\w+ ){0,3}down|are (?:you|u) (?:guys )?down|(?:an?|the|any|sms|network|service|internet) outage|outage in|all of \w+ (?:is )?down|anyone else (?:having|experiencing|getting)|is it just me)\b/gi,
  },
  {
    why: 'a how-to question',
    re: /\b(?:how (?:do|can|could|would|should) (?:i|we|you|one)|how to|is there a way to|can (?:i|we|children|kids)) /gi,
  },
  {
    why: 'a flight status question',
    re: /\b(?:flight|flt) ?#?\d{2,4}\b(?![^.!?]{0,40}\b(?:refund|upgrade|compensation|rebook|my bag|my seat|luggage))/gi,
  },
];

/** Weak reasons: they make the need only when the complaint also names a concrete failure. */
const WEAK: ReadonlySet<PrivateReason> = new Set([]);

function spans(text: string, re: RegExp): { span: Span; text: string }[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => ({ span: { start: m.index, end: m.index + m[0].length }, text: m[0] }));
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

function readNeedsPrivate(input: string): NeedsPrivateResult {
  const text = normalizeQuotes(typeof input === 'string' ? input.slice(0, MAX_READ) : '');
  const cues: PrivateCue[] = [];
  const weak = new Set<PrivateCue>();
  for (const { reason, re, weak: isWeak, gate } of PATTERNS) {
    if (gate && !gate.test(text)) continue;
    for (const s of spans(text, re)) {
      // A broad word inside a specific cue adds nothing.
      if (isWeak && cues.some((c) => c.span.start <= s.span.start && c.span.end >= s.span.end)) continue;
      const cue = { reason, ...s };
      cues.push(cue);
      if (isWeak || WEAK.has(reason)) weak.add(cue);
    }
  }
  cues.sort((a, b) => a.span.start - b.span.start);
  // Broad words are about the customer's own transaction when the post speaks for itself ("my", "I").
  const own = /\b(?:my|our|i|i'm|i've|me|we|we're|us)\b/i.test(text);
  const strong = cues.filter((c) => !weak.has(c) || (own && c.reason !== 'ongoing'));
  const against = AGAINST.find(({ re }) => spans(text, re).length > 0)?.why;
  // An outage or flight-status report stays public unless money, account, safety or a case is in it.
  const specific = cues.filter((c) => !weak.has(c));
  const decisive = against === 'a how-to question' ? specific : specific.filter((c) => c.reason !== 'order' && c.reason !== 'asked');
  if (against && decisive.length === 0) return { needed: false, cues, against };
  const needed = strong.length > 0 || cues.length > 1;
  return against && !needed ? { needed, cues, against } : { needed, cues };
}

/** What a reply gives in public. */
export type ReplyKind = 'information' | 'apology-only' | 'deflection' | 'question' | 'other';

/** Real information in a reply: a step, a status, a policy, a help link, a yes/no answer. */
const INFORMATION =
  /\b(?:try(?:ing)? (?:a |an |the |to |again|another|uninstall\w*|reinstall\w*|restart\w*|clear\w*|updat\w*|logg?ing)|(?:please |you can |you'll need to |you need to |you may need to |make sure (?:to |you )?)?(?:restart|reinstall|uninstall|update|reset|clear|select|go to|head to|tap|click|open|check (?:out|the|our|your)|run|back up|power cycle|turn (?:off|on)|log out|sign out|speak to a member|visit)\b|(?:we(?:'re| are)|our (?:\w+ )?team is|teams are) (?:\w+ )?(?:working|aware|looking into|investigating|on it)|(?:is|are|will be|should be) (?:on (?:the|its|their) way|boarding|departing|leaving|landing|arriving|back|open)|\b\d{1,2}(?::\d{2}| ?[ap]m)\b|(?:should|will) be (?:back|up|working|fixed|resolved|available|restored)|has been (?:removed|fixed|resolved|restored|updated)|is (?:not |now )?available|isn't available|not available|yes,? (?:it|they|you|children|we)|(?:all|none) of our|we (?:do )?(?:advise|recommend|suggest)|we need to be fair|(?:here|this|these):? https?:|https?:\/\/\S+|(?:guide|article|help page|help pages|steps) (?:here|below|at)|(?:as long as|you'll be shown|can be done|is done|sometimes|because of))/i;

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
