/**
 * The call-to-action catalog: one table, phrase pattern → the funnel stage the ask moves the reader
 * to (SPEC §1). Data, not code: the detector compiles it once.
 *
 * Pattern notation (expanded by `compilePattern` in catalog.ts):
 * - a space stands for one or more spaces; `'` matches a straight or curly apostrophe;
 * - `{name}` inserts a shared fragment from FRAGMENTS (a non-capturing group);
 * - use only non-capturing groups and bounded repetition (the detector must stay linear);
 * - the pattern starts with its lead word(s), bare or as `(?:a|b)`, which index the entry.
 * Matching is case-insensitive and needs a word boundary after the pattern; when several
 * entries match at one place the longest wins, so a specific entry ("subscribe and save") beats
 * a general one ("subscribe") whatever their order here.
 *
 * An entry is only tried where an imperative can start (sentence start after emoji, bullets and
 * @mentions; after "please", "just", "→"…; after "link in bio to", "tap to"…), which is what keeps
 * "we bought", "people who buy" and "don't buy" out.
 */
import type { Stage } from '../schemas';

/** 'any': conversation prompts, which fit every stage. */
export type CtaStage = Stage | 'any';

/** How an ask is phrased: a verb phrase, a fixed noun phrase ("link in bio"), or a prompt to talk. */
export type CtaKind = 'imperative' | 'phrase' | 'conversation';

/** One catalog row. */
export interface CtaPhrase {
  /** Stable label of the ask, e.g. "buy", "book-demo". */
  id: string;
  stage: CtaStage;
  /** Regex source in the notation above. */
  pattern: string;
  /** 'imperative' unless said; 'conversation' is implied by stage 'any'. */
  kind?: CtaKind;
  /** The ask spreads the brand to other people (share, tag a friend, refer): fine from fans. */
  outward?: boolean;
}

/** Shared fragments for `{name}` in patterns. */
export const FRAGMENTS: Record<string, string> = {
  /** A clause ends here, or another ask follows ("Like, share and subscribe"). */
  end: '(?=\\s*(?:$|\\.(?![\\p{L}\\p{N}_])|[!;,&+\\n\\r)…]|and\\b|or\\b|then\\b|\\p{Extended_Pictographic}|#|@|https?:))',
  /** A clause ends here (no following "and": "Order and chaos" is no ask). */
  stop: '(?=\\s*(?:$|\\.(?![\\p{L}\\p{N}_])|[!;,)…\\n\\r]|\\p{Extended_Pictographic}|#|https?:))',
  /** Another ask follows after "and": "Shop and save", "Order & get 10% off". */
  andask: '(?=\\s+(?:and|&|\\+)\\s+(?:save|get|follow|share|subscribe|tag|use|enjoy|grab|claim|pick|check|join|leave|earn|try))',
  /** Free lead magnets. */
  asset:
    '(?:guide|e-?book|white ?paper|checklist|report|template|toolkit|playbook|cheat ?sheet|pdf|worksheet|' +
    'workbook|handbook|blueprint|swipe file|starter kit|kit|resource|whitepaper)s?',
  /** A sales conversation. */
  meeting:
    '(?:demo|call|consult(?:ation)?|discovery call|strategy (?:call|session)|intro call|meeting|' +
    'walkthrough|walk-through|product tour|tour|chat|assessment|audit)',
  /** Determiners before an object. */
  det: '(?:a|an|the|our|your|my|this|these|that|those)',
  /** A web address. */
  url: '(?:https?://\\S{1,200}|[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,4}(?:/\\S{0,200})?)',
  /** A discount code or similar token. */
  code: '[\\p{L}\\p{N}_-]{2,30}',
  /** Paid tiers. */
  paid: '(?:paid|pro|premium|plus|business|annual|yearly|monthly|team|enterprise|vip|gold|full)',
  /** Friends and similar people to bring in. */
  friend:
    '(?:friends?|bestie|besties|buddy|buddies|mates?|partner|someone|somebody|family|mom|mum|dad|sister|' +
    'brother|colleagues?|coworkers?|co-workers?|team(?:mates?)?|network|person|people)',
  /** Offers worth the conversion stage. */
  offer: '(?:sale|sales|deals?|offers?|discounts?|promo(?:tion)?s?|drop|bundle|coupon|voucher|markdowns?)',
  /** Events and content series of the interest stage. */
  event:
    '(?:webinar|web seminar|livestream|live stream|live|stream|event|workshop|masterclass|master class|' +
    'session|class|summit|conference|meetup|q&a|ama|talk|course|challenge|bootcamp|episode)',
};

/** The catalog. Grouped by stage for reading; order does not matter (longest match wins). */
export const CTA_PHRASES: readonly CtaPhrase[] = [
  // ── awareness: follow, read/watch this, like or share a post ──
  {
    id: 'follow',
    stage: 'awareness',
    pattern:
      'follow (?:us|me|@[\\w.]{1,30}|along|for more|(?:our|my|the) (?:page|account|channel|journey|blog|podcast|newsletter))(?! (?:by (?:sending|dm)|so (?:we|i) can|and (?:dm|send|we)|to (?:dm|send|get in touch)|back))',
  },
  {
    id: 'like',
    stage: 'awareness',
    pattern:
      '(?:like (?:this|the|our|my) (?:post|page|video|reel|photo|pic|tweet)|like us on|like(?=\\s*(?:,|&|and|\\+) ?(?:share|follow|subscribe|comment|retweet|save|repost|rt)\\b))',
  },
  { id: 'like', stage: 'awareness', pattern: '(?:hit|smash|tap) (?:that |the )?(?:like|heart|❤️)(?: button)?' },
  { id: 'like', stage: 'awareness', pattern: 'double[- ]?tap' },
  { id: 'like', stage: 'awareness', pattern: 'give (?:it|this|us|this post) a (?:like|heart|thumbs up)' },
  { id: 'follow', stage: 'awareness', pattern: '(?:hit|smash|tap) (?:that |the )?follow(?: button)?' },
  {
    id: 'share-post',
    stage: 'awareness',
    outward: true,
    pattern:
      'share(?: (?:this|it|the post|our post|this post|with (?:{det} )?{friend}|with someone|to your (?:story|stories)|the love|away)|{end})',
  },
  {
    id: 'share-post',
    stage: 'awareness',
    outward: true,
    pattern: '(?:retweet|repost|reshare|re-share|reblog|boost)(?: (?:this|it|if|to)|{end})',
  },
  { id: 'share-post', stage: 'awareness', outward: true, pattern: 'rt (?:if|this|to)' },
  { id: 'share-post', stage: 'awareness', outward: true, pattern: '(?:send|forward) (?:this|it) to (?:{det} )?{friend}' },
  {
    id: 'tag-friend',
    stage: 'awareness',
    outward: true,
    pattern: 'tag (?:a|your|the|two|three|\\d{1,2}|all your|every) {friend}|tag someone|tag somebody',
  },
  { id: 'save-post', stage: 'awareness', pattern: '(?:save|bookmark|pin) (?:this|it|the post|this post)(?: for later| post)?' },
  {
    id: 'check-out',
    stage: 'awareness',
    pattern:
      'check (?:it|this|them) out|check out (?:our|the|this|my)(?: new| latest| full)? (?:post|video|reel|thread|article|episode|story|interview|blog post|podcast episode)',
  },
  {
    id: 'enter-giveaway',
    stage: 'awareness',
    pattern: 'enter (?:to win|(?:our|the|this) (?:giveaway|contest|competition|draw|sweepstakes|raffle))',
  },

  // ── interest: subscribe, download a guide, register for a webinar, visit the site ──
  {
    id: 'subscribe',
    stage: 'interest',
    pattern:
      'subscribe(?: (?:to|now|today|here|for (?:more|updates|free|weekly))(?: (?:our|the|my) (?:newsletter|channel|podcast|list|blog|feed|updates))?|{end})',
  },
  { id: 'subscribe', stage: 'interest', pattern: '(?:hit|smash|tap) (?:that |the )?(?:subscribe|bell)(?: button| icon)?' },
  { id: 'subscribe', stage: 'interest', pattern: 'turn on (?:post |push )?notifications' },
  {
    id: 'sign-up',
    stage: 'interest',
    pattern:
      'sign[- ]?up(?: (?:now|today|here|free|for free|below))?(?: (?:for|to) (?:{det} )?(?:weekly |monthly |free |email |daily )?(?:newsletter|mailing list|email list|list|updates|waitlist|wait list|beta|early access|{event}))?',
  },
  {
    id: 'register',
    stage: 'interest',
    pattern:
      'register (?:now|today|here|free|for (?:free|the|our|a|this|tomorrow|today|next)|your (?:interest|spot|seat|place))|register{stop}',
  },
  {
    id: 'register',
    stage: 'interest',
    pattern:
      'rsvp(?: (?:now|today|here))?|save the date|(?:save|reserve|claim|secure|book|grab|snag) (?:your|a|my) (?:free )?(?:spot|seat|place)',
  },
  {
    id: 'download',
    stage: 'interest',
    pattern: 'download (?:now|today|here|it|free|for free|{det} (?:free )?(?:[\\w-]{1,20} )?(?:{asset}|app))',
  },
  {
    id: 'learn-more',
    stage: 'interest',
    pattern: '(?:learn|read|find out|discover|see) more|find out (?:how|why)|read (?:the|our) (?:full )?(?:{asset}|blog)',
  },
  {
    id: 'visit',
    stage: 'interest',
    pattern:
      '(?:head|go|pop|swing) (?:over )?(?:to|by) (?:(?:our|the|my) (?:site|website|blog|link|profile|bio|page|channel|shop|store)|{url})',
  },
  {
    id: 'click-link',
    stage: 'interest',
    pattern:
      '(?:click|tap|hit|press) (?:on )?(?:the |our |this |that |my )?(?:link|here|button|banner|url)(?: (?:in|on) (?:our |my |the )?(?:bio|profile|description|comments?|stories|story)| below| above)?',
  },
  {
    id: 'click-link',
    stage: 'interest',
    kind: 'phrase',
    pattern:
      '(?:link|links|url|details|info|full (?:recipe|story|guide|details)|more) (?:is |are )?(?:in (?:our |my |the )?(?:bio|profile|description|comments)|below)',
  },
  { id: 'click-link', stage: 'interest', pattern: 'swipe up' },
  {
    id: 'check-out-site',
    stage: 'interest',
    pattern:
      'check out (?:our|the|this|my)(?: new| latest)? (?:website|site|blog|collection|range|catalog|catalogue|menu|products?|podcast|newsletter|channel|page|course|lineup|line-up)',
  },

  // ── consideration: book a demo, start a free trial, compare plans, get a quote, talk to us ──
  {
    id: 'book-demo',
    stage: 'consideration',
    pattern:
      '(?:book|schedule|request|arrange|grab|set up) (?:a|an|your|my) (?:free |quick |personal |personali[sz]ed |live |\\d{1,2}[- ]min(?:ute)? )*{meeting}',
  },
  {
    id: 'book-demo',
    stage: 'consideration',
    pattern: '(?:get|request|see|watch) (?:a|your|the|our) (?:free |live )?demo|see (?:it|us|them) in action',
  },
  {
    id: 'free-trial',
    stage: 'consideration',
    pattern:
      '(?:start|begin|activate|claim|get|grab) (?:your|a|the|my|our) (?:free )?(?:\\d{1,3}[- ]day )?(?:free )?trial|start (?:free|for free|your free)|get started(?: (?:now|today|for free|free|in minutes))?',
  },
  { id: 'free-trial', stage: 'consideration', pattern: 'sign[- ]?up (?:for|to) (?:{det} )?(?:free )?(?:\\d{1,3}[- ]day )?(?:free )?trial' },
  {
    id: 'free-trial',
    stage: 'consideration',
    pattern:
      'try (?:it|us|them|[\\w-]{2,30}) (?:(?:for )?free|risk[- ]free|for \\d{1,3} days|free for \\d{1,3} days)|try (?:a|our|the) (?:free )?(?:demo|trial)|test[- ]drive (?:it|us|[\\w-]{2,30})',
  },
  {
    id: 'compare-plans',
    stage: 'consideration',
    pattern: '(?:compare|see|view|check(?: out)?) (?:our |the |all )?(?:plans|pricing|prices|price list|options|tiers|packages)',
  },
  {
    id: 'get-quote',
    stage: 'consideration',
    pattern:
      '(?:get|request|ask for) (?:a|your|an|our) (?:free |custom |instant |no-obligation )?(?:quote|estimate|proposal|price|pricing)',
  },
  {
    id: 'talk-to-us',
    stage: 'consideration',
    pattern:
      '(?:talk|speak|chat) (?:to|with) (?:our |an |a |one of our )?(?:sales(?: team)?|experts?|specialists?|advisors?|advisers?|consultants?|account executives?)|(?:contact|call) (?:our )?sales(?: team)?',
  },

  // ── conversion: buy, order, use this code, sign up for the paid plan ──
  {
    id: 'buy',
    stage: 'conversion',
    pattern:
      '(?:buy|purchase) (?:now|today|online|here|again|more|it|one|two|three|\\d{1,3}|yours|them|this|these|a|an|the|your|our|tickets?|direct|from|at|before|while|in bulk|through|via|another|\\$|€|£)|(?:buy|purchase)(?:{stop}|{andask})',
  },
  {
    id: 'shop',
    stage: 'conversion',
    pattern:
      'shop (?:now|today|online|here|the|our|it|them|all|new|this|these|via|at|in[- ]store|before|while|with us|my|\\$|€|£)|shop(?:{stop}|{andask})',
  },
  {
    id: 'order',
    stage: 'conversion',
    pattern:
      '(?:order|pre-?order|reorder|re-order) (?:now|today|online|here|yours|one|it|them|your|a|an|our|this|these|direct|from|via|before|by|ahead|again|\\d{1,3})|(?:order|pre-?order|reorder|re-order)(?:{stop}|{andask})',
  },
  { id: 'add-to-cart', stage: 'conversion', pattern: 'add (?:(?:it|this|them|one|these) )?to (?:your )?(?:cart|bag|basket|order)' },
  {
    id: 'use-code',
    stage: 'conversion',
    pattern:
      '(?:use|enter|apply|redeem) (?:the |our |my |this )?(?:promo |discount |coupon |voucher |offer )?code(?: ["“\'‘]?{code}["”\'’]?)?',
  },
  {
    id: 'claim-offer',
    stage: 'conversion',
    pattern:
      '(?:claim|redeem|unlock|take advantage of) (?:your |the |this |our |an |my )?(?:exclusive |special |free |\\d{1,3}% )?(?:{offer}|gift|reward|\\d{1,3}% off)',
  },
  {
    id: 'save-money',
    stage: 'conversion',
    pattern: 'save (?:\\d{1,3}%|[$€£]\\s?\\d|up to|big|an extra|\\d{1,3} percent)|take (?:\\d{1,3}% off|an extra)',
  },
  {
    id: 'sign-up-paid',
    stage: 'conversion',
    pattern:
      '(?:sign[- ]?up|subscribe|register) (?:for|to) (?:{det} )?{paid} (?:plan|tier|subscription|membership|account|version|package)',
  },
  { id: 'subscribe-save', stage: 'conversion', pattern: 'subscribe (?:and|&) save' },
  {
    id: 'book-now',
    stage: 'conversion',
    pattern:
      '(?:book|reserve) (?:now(?! (?:available|out|on sale|in))|today|online|direct|early|ahead|in advance|yours|one|(?:your|a) (?:stay|table|room|trip|appointment|session|class|tickets?|flight|ride|holiday|vacation|cabin|treatment|slot)|tickets)|book{stop}',
  },
  { id: 'dont-miss-sale', stage: 'conversion', pattern: "don'?t miss (?:out on )?(?:our|the|this)(?: [\\w'’-]{1,20}){0,2} {offer}" },
  { id: 'stock-up', stage: 'conversion', pattern: 'stock up(?: (?:now|today|on|while|before))?|treat yourself (?:to|today|now)' },
  { id: 'check-out-sale', stage: 'conversion', pattern: 'check out (?:our|the|this) (?:\\w{1,15} )?{offer}' },
  { id: 'join-paid', stage: 'conversion', pattern: 'become a (?:paid |premium )?(?:member|subscriber|customer)' },

  // ── loyalty: leave a review, join the customer community, learn a feature, renew/upgrade ──
  {
    id: 'review',
    stage: 'loyalty',
    pattern:
      '(?:leave|write|drop|post|give) (?:us |me )?(?:a |an |your )?(?:\\d-star |five[- ]star |5[- ]star |honest |quick |short )?(?:review|rating|testimonial)s?',
  },
  {
    id: 'review',
    stage: 'loyalty',
    pattern: '(?:review|rate) us|rate (?:your|the) (?:order|purchase|experience|stay|visit)|give us (?:a |\\d )?(?:stars?|rating|review)',
  },
  {
    id: 'join-community',
    stage: 'loyalty',
    pattern:
      "join (?:our|the) (?:customers?|users?|members?|owners?|pro|insiders?|vip|alumni|clients?)['’]? (?:only )?(?:community|forum|group|club|hub|lounge|slack|discord)",
  },
  {
    id: 'join-community',
    stage: 'loyalty',
    pattern: 'join (?:our|the) (?:loyalty|rewards?|vip|membership|points) (?:program|programme|club|scheme)',
  },
  {
    id: 'upgrade',
    stage: 'loyalty',
    pattern:
      'upgrade (?:to|now|today|your (?:plan|account|subscription|membership|tier))|renew (?:now|today|early|your (?:plan|account|subscription|membership))',
  },

  // ── advocacy: refer a friend, share your story, tag us, use our hashtag, become an ambassador ──
  {
    id: 'refer',
    stage: 'advocacy',
    outward: true,
    pattern: '(?:refer|invite|recommend us to) (?:a|your|\\d{1,2}|two|three|all your) {friend}|refer someone|recommend us',
  },
  {
    id: 'tell-friends',
    stage: 'advocacy',
    outward: true,
    pattern: 'tell (?:a|your|all your|\\d{1,2}) {friend}|tell everyone|tell others|spread the word',
  },
  {
    id: 'share-story',
    stage: 'advocacy',
    outward: true,
    pattern:
      '(?:share|post|show us) (?:your|a) (?:story|stories|experience|photos?|pics?|pictures?|look|setup|results?|testimonial|journey|wins?|unboxing|creations?|before[- ]and[- ]after|transformation|haul|outfit|ootd|review)',
  },
  {
    id: 'use-hashtag',
    stage: 'advocacy',
    outward: true,
    pattern: 'use (?:(?:our|the) hashtag(?: #[\\p{L}\\p{N}_]{1,60})?|#[\\p{L}\\p{N}_]{1,60})',
  },
  {
    id: 'ambassador',
    stage: 'advocacy',
    pattern:
      '(?:become|apply to (?:be|become)|sign up to be) (?:an? |our )(?:brand )?(?:ambassador|advocate|affiliate|brand rep|creator partner|insider)|join (?:our|the) (?:ambassador|affiliate|referral|creator|advocate|partner) (?:program|programme|team|squad|community)',
  },

  // ── conversation prompts: fit every stage ──
  { id: 'ask-opinion', stage: 'any', pattern: "what do (?:you|y['’]?all|you all|you guys) (?:think|reckon|say)" },
  {
    id: 'ask-opinion',
    stage: 'any',
    pattern:
      "what['’]?s your (?:take|view|opinion|favou?rite|go-to|experience|secret|strategy|tip|answer|pick|vote)|what are your (?:thoughts|favou?rites|tips|plans)|what would you (?:do|add|choose|pick|change)",
  },
  {
    id: 'ask-opinion',
    stage: 'any',
    pattern: 'which (?:one )?(?:would|do|will|did|are) you|which (?:is|one is) your|how (?:about|would|do) you|who else|anyone else',
  },
  {
    id: 'ask-opinion',
    stage: 'any',
    pattern: '(?:thoughts|agree|agreed|disagree|yes or no|true or false|hot take|am i wrong|or is it just me)\\?',
  },
  // Not the idiom of agreement "Tell me about it." (an ask about "it" goes on: "tell us about it below").
  {
    id: 'tell-us',
    stage: 'any',
    pattern:
      '(?:tell|let) (?:us|me) (?:know|in the comments|below|what|which|how|why|your)|(?:tell|let) us about|tell me about(?! it\\s*(?:[.!?…]|$))',
  },
  {
    id: 'comment',
    stage: 'any',
    pattern:
      '(?:comment|reply|answer|respond) (?:(?:down )?below|with|(?:down )?in (?:the )?comments?(?: section)?|👇|["“\'‘])|comment{end}',
  },
  {
    id: 'comment',
    stage: 'any',
    pattern: '(?:drop|leave|share|post) (?:a |an |your )?(?:comment|thoughts|reply|answer|emoji|\\p{Extended_Pictographic})',
  },
  {
    id: 'comment',
    stage: 'any',
    pattern: 'share your (?:thoughts|opinions?|take|ideas?|tips?|favou?rites?|questions?|feedback|answer|experience below)',
  },
  {
    id: 'discuss',
    stage: 'any',
    pattern:
      "sound off|weigh in|chime in|join the (?:conversation|discussion|debate|chat)|let['’]?s (?:discuss|talk|chat)|vote (?:below|now|in (?:the|our) poll|for your)",
  },
];

/**
 * Phrases that lead into an ask without being one: "link in bio to shop", "tap to order",
 * "DM us to book". The ask after them decides the stage; the span covers both.
 */
export const LEAD_INS: readonly string[] = [
  '(?:click|tap|hit|press) (?:on )?(?:the |our |this |that |my )?(?:link|button|banner|url|here)(?: (?:in|on) (?:our |my |the )?(?:bio|profile|description|comments?|stories|story)| below| above)? to',
  '(?:link|links|url) (?:is |are )?(?:in (?:our |my |the )?(?:bio|profile|description|comments|stories)|below|above) to',
  '(?:tap|click|swipe up|swipe) to',
  '(?:dm|message|text|email|call|ping|whatsapp) (?:us|me)(?: today| now| directly)? to',
  '(?:visit|head (?:over )?to|go to|pop over to) (?:(?:our |the )?(?:site|website|store|shop|page|profile|bio|link in (?:our |my )?bio)|{url})(?: today| now)? to',
  'last chance to',
  "(?:it['’]?s |there['’]?s )?(?:not too late|still time) to",
  "(?:it['’]?s|now['’]?s the) time to",
];
