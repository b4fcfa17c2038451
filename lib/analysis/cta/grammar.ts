/**
 * Asks read from grammar where the phrase catalog has no row: an imperative is a clause that
 * starts with a base-form verb ("Read on!", "Have a look at these stories", "Choose plant-based!"),
 * and its stage comes from the verb AND its object ("try our free challenge" is interest, "try
 * it" a purchase). Only verbs that ask the reader to act on the brand's content, offer or
 * conversation are listed: life advice ("wake up", "identify your needs") stays a statement.
 *
 * Pure data plus one function; the detector calls it at clause starts only (so "we bought" and
 * "don't buy" never reach it). Linear: a word read and a short object window tested.
 */
import type { CtaStage } from './phrases';

/** One imperative verb: its stage unless an object rule says otherwise. */
interface VerbRule {
  stage: CtaStage;
  /** The verb needs one of these right after it to be an ask ("check out", "tune in"). */
  needs?: RegExp;
  /** Objects that move the stage: the first matching rule wins. */
  objects?: readonly [RegExp, CtaStage][];
  /** A light verb ("get") asks only when its next few words name something on offer. */
  wants?: RegExp;
  /** A capitalised title or name right after the verb also lets it ask ("Read Taking on Giants"). */
  titled?: boolean;
  outward?: boolean;
}

/** Words after a verb that read an event, a challenge, a free resource or a list to be on (interest). */
const EVENT =
  /\b(?:challenge|webinar|event|workshop|class|course|quiz|assessment|masterclass|live|session|episode|series|premiere|conference|summit|newsletter|podcast|guide|e-?book|report|checklist|template|white ?paper|toolkit|playbook|cheat ?sheet|pdf|worksheet|workbook|handbook|blueprint|starter kit|waitlist|wait list|mailing list|list)s?\b/i;
/** Something put where replies go: "Drop them below", "Leave yours in the comments". */
const REPLY_PLACE =
  /^\s+(?:them|it|yours|these|(?:your|a|an|some|one) [\w'’-]+(?: [\w'’-]+)?) (?:down )?(?:below|in (?:the )?comments?(?: section| below)?)\b/i;
/** "your … here / now": something handed out at a place or a time ("Get your credentials here"). */
const HANDED_OUT = /^\s+(?:your|the|a|an|our)\s+(?:[\w'’-]+\s+){0,1}?(?:here|now|today|below|online)\b/i;
/** Words after a verb that read an evaluation (consideration). */
const EVALUATE = /\b(?:free trial|trial|demo|quote|consultation|pricing|plans?|guidance|assistance|advice|experts?|help)\b/i;
/** A link or profile place (interest). */
const LINK = /\b(?:link|links|bio|profile|website|site|blog|page|url)\b/i;
/** Friends and everyone (advocacy when the brand is what is sent or told). */
const PEOPLE = /\b(?:friends?|everyone|everybody|family|someone|people you know|colleagues|network)\b/i;
/** Buying words as an object (conversion). */
const PURCHASE =
  /\b(?:your copy|copies|tickets?|\d{1,3}\s?%\s?off|deal|offer|discount|pass|bundle|box|order|meal|tacos?|pizza|burgers?|bowl|menu item|yours)\b/i;

/** Things on offer that make "get" an ask ("get the app", "get 20% off", "get in touch"). */
const OFFERED =
  /\b(?:free|yours|copy|copies|tickets?|app|pass|deal|offer|discount|code|access|touch|notified|updates?|facts|latest|news|details|story|scoop|answers|lowdown|headlines|inside look|recipes?|tips|taste|look|hands on|combo|meal|box|bundle|order)\b|\d|[$€£%]/i;

/** The imperative verbs, by lower-cased base form. */
export const IMPERATIVE_VERBS: Readonly<Record<string, VerbRule>> = {
  // awareness: one piece of content, following
  // Not a pastime: "watch TV", "watch movies".
  // Not a pastime ("watch TV") nor a narrative "watch as you grow".
  watch: { stage: 'awareness', needs: /^\s*(?:[!.:]|$)|^\s+(?!(?:tv|television|movies|films|sports|football|out|as)\b)\S/i },
  see: {
    stage: 'awareness',
    needs:
      /^\s*(?:[:!]|$)|^\s+(?!you\b|ya\b|u\b|(?:the )?(?:chart|figure|fig|table|graph|above|below|attached|page|p\.|note|appendix)\b)\S/i,
    objects: [
      [LINK, 'interest'],
      [/^\s+more\b/i, 'interest'],
    ],
  },
  look: { stage: 'awareness', needs: /^\s+(?:at|inside|out for)\b/i },
  have: { stage: 'awareness', needs: /^\s+a\s+(?:look|listen|read|watch|peek|go)\b/i },
  take: {
    stage: 'awareness',
    needs:
      /^\s+(?:a (?:look|peek|listen|tour)|(?:my|our|the|this|a) (?:free |quick |short |\d{1,2}[- ]minute )*(?:[\w-]+ ){0,2}(?:quiz|assessment|survey|test|course|class|challenge))\b/i,
    objects: [[EVENT, 'interest']],
  },
  check: {
    stage: 'awareness',
    needs: /^\s+(?:out|this|these|it|my|our|the link|link|them|back (?:soon|later|tomorrow|next|here|for))\b/i,
    objects: [[LINK, 'interest']],
  },
  read: {
    stage: 'interest',
    needs:
      /^\s*(?:[!.:]|$)|^\s+(?:on|more|this|these|my|our|the(?! (?:room|fine print|small print|instructions|manual))|about|it|below|here|his|her|their|how|why|what|where|who)\b/i,
    // "Read Taking on Giants", "Read Maya's story here": a title or a name is something to read.
    titled: true,
    // One piece of content is awareness, as in the catalog's "read the full story".
    objects: [
      [
        /^\s+(?:this|the|my|our|his|her|their) (?:(?:full|latest|new|whole) )?(?:post|story|article|thread|piece|interview|essay|op-ed|column|blog post|case study|recap)\b/i,
        'awareness',
      ],
    ],
  },
  // Not a pastime or advice: "listen to music / your body".
  listen: {
    stage: 'awareness',
    needs:
      /^\s*(?:[!.:]|$)|^\s+(?!to (?:music|the radio|others|people|your (?:body|gut|heart|mind|customers|team|people|kids))\b|(?:more|carefully|closely|actively|deeply|first|well)\b)\S/i,
  },
  hear: { stage: 'awareness' },
  tune: { stage: 'awareness', needs: /^\s+in\b/i },
  follow: {
    stage: 'awareness',
    needs:
      /^\s+(?!us by\b|(?:the|these|our|my|your) (?:recipe|instructions|steps|rules|advice|money|science|process)\b|back\b|up\b|through\b|suit\b)\S/i,
  },
  meet: { stage: 'awareness', needs: /^\s+(?:our|the|my|us)\b/i },
  celebrate: { stage: 'awareness', needs: /^\s+(?:#|with|the|our|this)/i },
  catch: { stage: 'awareness', needs: /^\s+(?:up|the|our|us|me|my)\b/i },
  // "Recommend reading…", "suggest joining…": the gerund's verb decides, as after "consider".
  recommend: { stage: 'awareness', needs: /^\s+[a-z]{3,}ing\b/i },
  // "Suggest some resources", "suggest me a book": asking the reader for ideas (conversation).
  suggest: {
    stage: 'any',
    needs: /^\s+(?:[a-z]{3,}ing|some|any|a few|your (?:favou?rite|fave|best|top)|(?:me|us) (?:some|a|an|any|your))\b/i,
  },
  // "Consider this", and "consider donating": the gerund's verb decides (imperativeStage).
  consider: { stage: 'awareness', needs: /^\s+(?:this|these|our|my|the|[a-z]{3,}ing)\b/i },
  discover: { stage: 'interest' },
  participate: {
    stage: 'interest',
    needs: /^\s+in (?:this|our|the|my|a|an|today['’]s|tomorrow['’]s)\b/i,
    objects: [[/\bchallenge\b/i, 'advocacy']],
  },
  // "You can access the full issue here".
  access: { stage: 'awareness', needs: /^\s+(?:the|our|this|my|it|these|them|all|your free)\b/i, objects: [[EVENT, 'interest']] },
  practice: { stage: 'awareness', needs: /^\s+(?:these|this|our|my)\b/i },
  // interest: more content, the site, subscribing, an event
  // Not advice: "learn to say no", "learn the right skills".
  learn: { stage: 'interest', needs: /^\s*(?:[!.:]|$)|^\s+(?!to\b|(?:the|a|an) (?:right|best|hard way|art|lesson)\b)\S/i },
  find: {
    stage: 'interest',
    needs:
      /^\s+(?:out|all|it|them|more|us|our|my|the (?:link|full)|these|(?:a|an|the|your) (?:[\w'’-]+ ){1,2}near you|(?:your|the) (?:nearest|closest|local))\b/i,
  },
  explore: { stage: 'interest' },
  browse: { stage: 'interest' },
  visit: { stage: 'interest', needs: /^\s+(?:us|our|my|the (?:site|website|shop|store|page|link|blog)|our|[\w-]+\.[a-z]{2,}|https?:)/i },
  click: { stage: 'interest' },
  tap: { stage: 'interest' },
  swipe: { stage: 'interest' },
  subscribe: { stage: 'interest' },
  rsvp: { stage: 'interest' },
  register: {
    stage: 'interest',
    needs: /^\s+(?:at|on|here|now|today|for (?!a complaint)|by|via|online|with (?:us|me|our)\b|your (?:spot|seat|place|interest))/i,
  },
  join: {
    stage: 'interest',
    needs: /^\s*(?:[!.]|$)|^\s+(?!(?:me|us) in (?:congratulating|welcoming|wishing|thanking)\b|the club\b)\S/i,
    objects: [[/^\s+(?:me|us) on (?:this|my|our) journey\b/i, 'awareness']],
  },
  mark: { stage: 'interest', needs: /^\s+(?:your|the) calendars?\b/i },
  save: {
    stage: 'interest',
    needs: /^\s+(?:the date|your (?:spot|seat)|(?:this |it )?for later)\b/i,
    objects: [[/^\s+(?:this |it )?for later\b/i, 'awareness']],
  },
  assess: { stage: 'interest' },
  head: { stage: 'interest', needs: /^\s+(?:over|to)\b/i },
  // consideration: talking to the brand, applying, trying for free
  contact: { stage: 'consideration', objects: [[/^\s+(?:our )?support\b/i, 'loyalty']] },
  apply: { stage: 'consideration' },
  email: { stage: 'consideration', needs: /^\s+(?:us|me|our)\b/i },
  dm: { stage: 'consideration', needs: /^\s+(?:us|me|for)\b/i },
  ping: { stage: 'consideration', needs: /^\s+(?:us|me)\b/i },
  text: { stage: 'consideration', needs: /^\s+(?:us|me|[A-Z]{2,12} to \d)/, objects: [[/^\s+[A-Z]{2,12} to \d/, 'interest']] },
  ask: {
    stage: 'any',
    needs:
      /^\s+(?:(?:me|us) (?:anything|about|a question|your|questions)|(?:your )?questions (?:below|in the comments)|(?:(?:us|me) )?about (?:our|my) )\b/i,
    // "Ask about our consultancy service": an evaluation of what the brand sells.
    objects: [[/^\s+(?:(?:us|me) )?about (?:our|my) /i, 'consideration']],
  },
  leave: { stage: 'any', needs: /^\s+(?:us |me )?(?:your|a|some) (?:questions?|comments?|thoughts|feedback|reply|answer|suggestions?)\b/i },
  // "Drop us a line", "Drop by" (a visit); "drop a comment" is in the catalog.
  drop: {
    stage: 'consideration',
    needs: new RegExp(`^\\s+(?:(?:us|me) (?:a |an )?(?:line|message|note|dm|email|e-mail|text)|by|in)\\b|${REPLY_PLACE.source}`, 'i'),
    objects: [
      [REPLY_PLACE, 'any'],
      [/^\s+(?:by|in)\b/i, 'interest'],
    ],
  },
  stop: { stage: 'interest', needs: /^\s+(?:by|in)\b(?! (?:the )?(?:way|time))/i },
  swing: { stage: 'interest', needs: /^\s+by\b/i },
  pop: { stage: 'interest', needs: /^\s+(?:by|in|over)\b/i },
  stay: { stage: 'awareness', needs: /^\s+(?:tuned|connected with|in touch)\b/i },
  keep: { stage: 'awareness', needs: /^\s+an eye (?:out|on)\b/i },
  // "Give it a try", "Give us a call / a follow"; a gift "give today / to our appeal" is a donation.
  give: {
    stage: 'conversion',
    needs:
      /^\s+(?:(?:it|this|us|me|them|her|him) a (?:try|go|shot|whirl|call|ring|follow|shout|look|listen|read|watch|visit)|today|now|generously|here|at|(?:to|what you can to) (?:the|our|a|this|their)\b|[$€£]\s?\d)/i,
    objects: [
      [/^\s+\w+ a (?:call|ring|shout)\b/i, 'consideration'],
      [/^\s+\w+ a (?:follow|look|listen|read|watch)\b/i, 'awareness'],
      [/^\s+\w+ a visit\b/i, 'interest'],
    ],
  },
  // A petition or a pledge: a request outside the funnel, closest to awareness.
  sign: { stage: 'awareness', needs: /^\s+(?:the|our|this|my) (?:petition|pledge|open letter|letter)\b/i },
  enjoy: {
    stage: 'conversion',
    needs:
      /^\s+(?:(?:a|an|your|our|the) )?(?:free\b|\d|[$€£]|(?:[\w'’-]+ ){0,3}(?:for (?:just |only )?[$€£]?\d|on us|at (?:participating|your local)|\d{1,3}\s?% off))/i,
  },
  message: { stage: 'consideration', needs: /^\s+(?:us|me)\b/i },
  call: { stage: 'consideration', needs: /^\s+(?:us|me|our|now|today|\+?\d)/i },
  reach: { stage: 'consideration', needs: /^\s+(?:out|us|me)\b/i },
  // Talking to the writer or the brand: "Talk to us", "Chat with our team", "Connect with me".
  talk: { stage: 'consideration', needs: /^\s+(?:to|with) (?:us|me|our|one of our)\b/i },
  chat: { stage: 'consideration', needs: /^\s+with (?:us|me|our|one of our)\b/i },
  speak: { stage: 'consideration', needs: /^\s+(?:to|with) (?:us|me|our|one of our)\b/i },
  connect: { stage: 'awareness', needs: /^\s*(?:[!.]|$)|^\s+with (?:us|me|our)\b/i },
  use: { stage: 'interest', needs: /^\s+(?:the|this|our|my) (?:link|form|app|button)\b/i },
  play: {
    stage: 'awareness',
    needs:
      /^\s*(?:[!.]|$)|^\s+(?:now|here|today|along|(?:the|our|new|more|a) (?:new )?(?:game|games|quiz|video|episode|rounds?|levels?))\b/i,
  },
  scroll: { stage: 'awareness', needs: /^\s+(?:down|through|up)\b/i },
  request: { stage: 'interest', objects: [[EVALUATE, 'consideration']] },
  compare: { stage: 'consideration', needs: /^\s+(?:our|the|all|plans|prices|pricing)\b(?!\s+(?:yourself|room))/i },
  // "Try it" is a purchase ask; "try our free challenge" interest; "try it free" consideration.
  try: {
    stage: 'conversion',
    needs: /^\s*(?:[!.]|$)|^\s+(?:it|them|one|our|us|the new|a free|free|for free|out our|our new)\b/i,
    objects: [
      [/\b(?:free|trial|demo|risk[- ]free)\b/i, 'consideration'],
      [EVENT, 'interest'],
    ],
  },
  // "Get 20% off", "get the app", "get in touch"; not advice ("get enough sleep", "get a mentor").
  get: {
    stage: 'conversion',
    needs: /^\s+(?!to\b|ready\b|out\b|up\b|it\b(?! now)|over\b|in\b(?! touch)|back\b|started\b(?! with))\S/i,
    wants: new RegExp(`${OFFERED.source}|${EVALUATE.source}|${EVENT.source}|${PURCHASE.source}|${HANDED_OUT.source}`, 'i'),
    objects: [
      [EVALUATE, 'consideration'],
      [
        /\b(?:updates?|notified|early access|the app|our app|facts|latest|news|details|full story|scoop|answers|lowdown|headlines|inside look|recipes?|tips)\b/i,
        'interest',
      ],
      [EVENT, 'interest'],
      [/^\s+in touch\b/i, 'consideration'],
      [PURCHASE, 'conversion'],
      [HANDED_OUT, 'interest'],
    ],
  },
  // conversion: buying, ordering, giving money
  donate: { stage: 'conversion' },
  // "Secure yours / your tickets"; a place at an event is interest.
  secure: {
    stage: 'conversion',
    needs: /^\s+(?:yours|one|your|a|an|tickets?)\b/i,
    objects: [
      [/^\s+(?:your|a|an) (?:free )?(?:spot|seat|place)\b/i, 'interest'],
      [EVENT, 'interest'],
    ],
  },
  grab: {
    stage: 'conversion',
    needs: /^\s+(?:yours|one|it|them|a|an|the|this|these|some|our|my|your (?:copy|tickets?|spot|seat|free|order))\b/i,
    objects: [[EVENT, 'interest']],
  },
  // "Help me understand" asks for replies; "help us raise / feed / reach our goal" for money.
  help: {
    stage: 'any',
    needs: /^\s+(?:me|us) (?:understand|decide|choose|pick|name|out|figure|raise|feed|fund|reach|spread)\b/i,
    objects: [
      [/^\s+\w+ (?:raise|feed|fund|reach)\b/i, 'conversion'],
      [/^\s+\w+ spread\b/i, 'advocacy'],
    ],
  },
  // Choosing among what is on offer ("choose your flavour", "choose plant-based!"), not a life
  // maxim ("choose the impossible", "choose happiness").
  choose: {
    stage: 'conversion',
    needs:
      /^\s*(?:[!]|$)|^\s+(?:us|our|from|between|one|which|a|an|your (?:favou?rite|fave|side|flavou?rs?|plan|size|pick|style|colou?r|package)|[a-z]+-(?:based|free|friendly|made|grown)|(?:the )?(?:one|plan|option|package|size) (?:that|for)|[\w-]+ (?:or|vs\.?) [\w-]+)\b/i,
  },
  pick: {
    stage: 'conversion',
    needs: /^\s+(?:up\b(?! the pieces)|(?:one|a side|a number|between|your (?:favou?rite|fave|side|team|pick))\b)/i,
    objects: [[/^\s+(?!up\b)/i, 'any']],
  },
  score: { stage: 'conversion', needs: /^\s+(?:(?:a|an|your|some) )?(?:free\b|\d|[$€£]|(?:[\w'’-]+ ){0,2}(?:deal|discount|offer))/i },
  snag: { stage: 'conversion', needs: /^\s+(?:yours|one|it|them|a|an|the|this|these|some|your)\b/i, objects: [[EVENT, 'interest']] },
  // Conversation prompts: "Caption this", "Name our new flavour", "Guess what's next", "Tell us!"
  caption: { stage: 'any', needs: /^\s+(?:this|it)\b/i },
  // "Please do challenge me!": an invitation to push back in the replies.
  challenge: { stage: 'any', needs: /^\s+(?:me|us)\b(?!\s+to\b)/i },
  name: { stage: 'any', needs: /^\s+(?:our|the|this|my) (?:new |next )?[\w-]+\b(?!\s+(?:is|was|has))/i },
  guess: { stage: 'any', needs: /^\s*(?:[!.]|$)|^\s+(?:what|which|who|where|how|the|our)\b/i },
  fill: { stage: 'any', needs: /^\s+in the blanks?\b/i },
  finish: { stage: 'any', needs: /^\s+(?:this|the) (?:sentence|sentences|phrase|lyric|line)\b/i },
  tell: { stage: 'any', needs: /^\s+(?:us|me)\s*(?:[:!.]|$)|^\s+(?:us|me) (?:if|whether|where|when|who)\b/i },
  tweet: { stage: 'any', needs: /^\s+(?:us|me|@|your (?:photos?|pics?|questions?|stories|story))/i },
  snap: { stage: 'advocacy', outward: true, needs: /^\s+(?:a|your) (?:pic|photo|selfie|shot)\b/i },
  upload: { stage: 'advocacy', outward: true, needs: /^\s+your (?:pics?|photos?|videos?|stories|story|entry|entries)\b/i },
  treat: { stage: 'conversion', needs: /^\s+yourself\b/i },
  reserve: {
    stage: 'conversion',
    needs:
      /^\s*(?:[!.]|$)|^\s+(?:your|yours|a|an|one|now|today|online|early|ahead|in advance|tickets?|(?:the|this|our) (?:date|table|room|spot|seat|place))\b/i,
  },
  claim: { stage: 'conversion', objects: [[EVENT, 'interest']] },
  redeem: { stage: 'conversion' },
  // loyalty: existing customers
  review: { stage: 'loyalty', needs: /^\s+(?:us|our|your (?:order|purchase|stay))\b/i },
  rate: { stage: 'loyalty', needs: /^\s+(?:us|our|your)\b/i },
  renew: { stage: 'loyalty' },
  enable: { stage: 'loyalty' },
  activate: { stage: 'loyalty' },
  // advocacy: bringing others in
  refer: { stage: 'advocacy', outward: true, needs: /^\s+(?:a|your|\d|two|three|someone|us)\b/i },
  invite: { stage: 'advocacy', outward: true, needs: /^\s+(?:a|your|\d|two|three|all)\b/i },
  tag: {
    stage: 'advocacy',
    outward: true,
    needs: /^\s+(?:a|us|your|@|someone|somebody|anyone|whoever|who|those|the (?:person|one|friend)|\d|two|three|them|him|her|me)\b/i,
  },
  send: {
    stage: 'advocacy',
    outward: true,
    needs:
      /^\s+(?:everyone|everybody|a friend|your friends?|this to|it to|(?:us|me) (?:an? |your )?(?:e-?mail|message|dm|note|line|cv|resume|résumé)|your (?:cv|resume|résumé|application|portfolio|questions))\b/i,
    objects: [
      [/^\s+(?:us|me|your (?:cv|resume|résumé|application|portfolio))\b/i, 'consideration'],
      [/^\s+your questions\b/i, 'any'],
    ],
  },
  spread: { stage: 'advocacy', outward: true, needs: /^\s+the word\b/i },
  nominate: { stage: 'advocacy', outward: true },
  // conversation prompts
  share: {
    stage: 'any',
    needs: /^\s+(?:(?:your |some |)(?:thoughts|ideas|opinions?|experiences?|tips|stories|story|feedback)|if you)\b/i,
    objects: [
      [/^\s+your (?:story|stories|experience)/i, 'advocacy'],
      [/^\s+if you\b/i, 'awareness'],
    ],
  },
  comment: { stage: 'any' },
  vote: { stage: 'any' },
  // "Submit your project / entry" (interest); "submit your questions" asks for replies.
  submit: {
    stage: 'interest',
    needs: /^\s+(?:your|yours|a|an|the|entries|applications?|ideas?|questions?|nominations?)\b/i,
    objects: [[/^\s+(?:your |a |an )?(?:questions?|comments?|ideas?|thoughts?)\b/i, 'any']],
  },
  // requests outside the funnel ("write to your senators") still ask the reader to act
  write: {
    stage: 'awareness',
    needs: /^\s+(?:to your|your (?:senator|representative|mp|congress)|to us\b|us\b)/i,
    objects: [[/^\s+(?:to )?us\b/i, 'consideration']],
  },
};

/**
 * Verbs that, with the reader's own life as object, give advice rather than ask: "Follow your
 * passion", "Learn from your mistakes", "Watch your back", "Discover your strengths".
 */
const ADVICE_VERBS = new Set([
  'watch',
  'see',
  'follow',
  'discover',
  'explore',
  'learn',
  'get',
  'choose',
  'consider',
  'find',
  'try',
  'listen',
  'hear',
  'read',
  'browse',
  'compare',
  'celebrate',
]);
/** "your …" (after an optional preposition) that is not something the brand offers or asks about. */
const YOUR_OWN =
  /^\s+(?:(?:from|to|with|on|in|about|for|at)\s+)?your\s+(?!(?:own )?(?:copy|copies|tickets?|spot|seat|place|order|free|discount|code|nearest|closest|local|favou?rite|next|perfect|thoughts|questions?|story|stories|experiences?|feedback|calendars?|inbox|email|e-mail|cv|resume|résumé|application|portfolio|interest|pick|chance|hands|invite|invitation|pass|gift|reward|box|bundle|trial|demo|quote)\b)/i;

/**
 * Words before a colon that point at a link or a clip rather than title a headline: a place or a
 * time ("here:", "on-demand here:", "now:"), a bare preposition ("Listen at:", "Watch on:").
 */
const POINTER_COLON =
  /^\s+(?:(?:the )?(?:full )?(?:video|clip|live|link|trailer|interview|episode)|(?:[\w'’-]+\s+)?(?:here|now|today|online|below|live)|at|on|via|in|from):/i;

/** Third-person verbs that make the word before them a noun subject ("Study finds", "Order shows"). */
const NOUN_SUBJECT =
  /^\s+(?:(?!(?:what|how|why|who|which|where|when|whatever|whoever|anyone|someone|everyone|anybody|somebody|everybody|it|this|that|us|me|him|her|them|you)\b)[\w'’-]+\s+)?(?:shows|finds|says|reveals|suggests|warns|claims|explains|proves|predicts|reports|confirms|helps|makes|gets|goes|comes|takes|looks|needs|wants|leads|starts|remains|becomes|seems|hits|rises|falls|grows|drops|jumps|surges|soars|slows)\b/i;

/** Questions put to the reader ("Do you agree?", "When do you feel appreciated?"): conversation. */
const READER_QUESTION =
  /(?:(?:when|what|which|how|who|where) (?:(?:do|did|would|will|have|can|could|should|is|was|are|were) (?:[\w'’-]+ ){0,3}?)?(?:you|y['’]?all|your)\b|(?:when|what|which|how|who|where) (?:(?:do|did|would|will|have|can|could|should|is|was|are) )?we\b|do you (?:agree|prefer|remember|relate)\b|would you (?:rather|agree|choose|pick|try)\b|have you ever\b|who (?:wants|else|is ready)\b|(?:have|did) i miss(?:ed)? (?:something|anything|any)\b|what (?:did|have|else did) i miss|(?:is|are) there (?:any|anything|something)\b[^.!?\n]{0,60}?\b(?:you|your)\b)[^.!?\n]{0,80}\?/iy;

/** A question to the reader at a clause start: its length, or 0. */
export function readerQuestionAt(text: string, pos: number): number {
  if (!startsWithOneOf(text, pos, 'wdhia')) return 0;
  READER_QUESTION.lastIndex = pos;
  const m = READER_QUESTION.exec(text);
  return m ? m[0].length : 0;
}

/** Whether the letter at `pos`, lower-cased, is one of `letters` (a cheap gate before a regex). */
function startsWithOneOf(text: string, pos: number, letters: string): boolean {
  return letters.includes(String.fromCharCode(text.charCodeAt(pos) | 0x20));
}

/**
 * A short question that invites the reader to act ("Want to join?", "Who's coming?", "Ready to
 * apply?"): the verb after it is an ask verb and the question is five words at most. A longer
 * one ("Want to find out more about your productivity style?") is a teaser the next line answers.
 */
const INVITE_QUESTION =
  /(?:(?:do you |you )?(?:want|wanna|care|ready|keen) (?:to )?|(?:will|won['’]t|can|could) you (?=join|come|visit|apply|register|subscribe|donate|vote|share|help)|(?:who['’]?s|who is|anyone|who else is) (?=[a-z]+ing\b))([a-z]+)((?:\s+[\w'’@#-]+){0,2})\s*\?/iy;

/** An inviting question at a clause start: its length and the stage of its verb, or null. */
export function inviteQuestionAt(text: string, pos: number): { length: number; stage: CtaStage } | null {
  if (!startsWithOneOf(text, pos, 'dywcrkal')) return null;
  INVITE_QUESTION.lastIndex = pos;
  const m = INVITE_QUESTION.exec(text);
  if (!m) return null;
  let verb = m[1]!.toLowerCase();
  if (verb.endsWith('ing')) verb = INGS[verb] ?? verb.slice(0, -3);
  if (verb === 'in') return { length: m[0].length, stage: 'any' };
  return Object.hasOwn(IMPERATIVE_VERBS, verb) ? { length: m[0].length, stage: IMPERATIVE_VERBS[verb]!.stage } : null;
}

/** -ing forms whose base is not the stem ("coming" → "come"). */
const INGS: Readonly<Record<string, string>> = { coming: 'join', joining: 'join', shopping: 'shop', signing: 'sign' };

/**
 * The writer asking for the reader's reply without an imperative: "I look forward to reading your
 * comments", "We'd love to hear your thoughts", "Curious to hear how you…" (conversation).
 */
const RESPONSE_WISH =
  /(?:(?:i|we)(?:['’]d| would)? (?:really )?(?:love|like) to (?:hear|know|read|see)|(?:would )?love to (?:hear|know)|(?:would|i['’]?d|we['’]?d) love to (?:hear|know|read|see)|(?:i|we)(?:['’]m| am|['’]re| are)? (?:really )?look(?:ing)? forward to (?:hearing|reading|seeing)|(?:(?:i['’]?m|we['’]?re) )?(?:curious|keen|eager|interested) to (?:hear|know|read|see)) (?:your|from you|what you|how you|which|if you|whether you|about your|you(?:r)? (?:thoughts|views|comments|stories|ideas))\b[^.!?\n]{0,60}/iy;

/** A wish for the reader's reply at a clause start: its length, or 0. */
export function responseWishAt(text: string, pos: number): number {
  if (!startsWithOneOf(text, pos, 'iwckel')) return 0;
  RESPONSE_WISH.lastIndex = pos;
  const m = RESPONSE_WISH.exec(text);
  return m ? m[0].length : 0;
}

/**
 * Whether the words after a sentence-initial verb let it be an imperative: not a compound or a
 * file name ("Follow-up", "purchase.error"), not a noun followed by its verb ("Order matters",
 * "Download speeds were"), not a headline ("Shop talk: …", "Join the club: …").
 */
function READS_AS_VERB(after: string, afterSoftener: boolean): boolean {
  if (/^[-.‐_/](?=\w)/.test(after)) return false;
  if (/^\s+(?:is|are|was|were|matters|means|makes|has|have|had|vs\.?|versus|of|and|&|or)\b/i.test(after)) return false;
  if (/^\s+[\w'’-]+\s+(?:is|are|was|were)\b/i.test(after)) return false;
  // A noun and its verb: "Research shows…", "Watch sales surge" stays, "Review finds…" is a headline.
  if (NOUN_SUBJECT.test(after)) return false;
  // "Shop talk: …" is a headline; "Apply here: …", "Watch video: …" point at what follows.
  // After a softener ("You are invited to join a webinar: …") no headline starts.
  if (!afterSoftener && /^\s+[\w'’-]+(?:\s+[\w'’-]+)?:(?!\/\/)/.test(after) && !POINTER_COLON.test(after)) return false;
  return true;
}

/** The stage of `verb` given the words after it, or null when it is no ask there. */
export function imperativeStage(verb: string, after: string, afterSoftener = false): { stage: CtaStage; outward: boolean } | null {
  if (!Object.hasOwn(IMPERATIVE_VERBS, verb)) return null; // not "constructor"
  const rule = IMPERATIVE_VERBS[verb]!;
  if (!READS_AS_VERB(after, afterSoftener)) return null;
  if (rule.needs && !rule.needs.test(after) && !(rule.titled && TITLE.test(after))) return null;
  if (rule.wants && !rule.wants.test(after.slice(0, 30))) return null;
  if (ADVICE_VERBS.has(verb) && YOUR_OWN.test(after) && !HANDED_OUT.test(after)) return null;
  const window = after.slice(0, 60);
  if (GERUND_TAKERS.has(verb)) {
    // "Consider donating", "consider joining us": the ask is the gerund's.
    const ing = /^\s+([a-z]{3,})ing\b/i.exec(window);
    if (ing) {
      const base = baseOf(ing[1]!.toLowerCase());
      return base && !GERUND_TAKERS.has(base) ? (imperativeStage(base, window.slice(ing[0].length)) ?? stageOf(base)) : null;
    }
  }
  for (const [re, stage] of rule.objects ?? []) {
    if (re.test(window)) return { stage, outward: (rule.outward ?? false) && (stage === rule.stage || stage === 'advocacy') };
  }
  if (rule.stage === 'conversion' && PURCHASE.test(window)) return { stage: 'conversion', outward: false };
  if (verb === 'send' && PEOPLE.test(window)) return { stage: 'advocacy', outward: true };
  return { stage: rule.stage, outward: rule.outward ?? false };
}

/** A capitalised word or an opening quote: a title or a name (case-sensitive). */
const TITLE = /^\s+(?:[A-Z][\w'’.-]*|[“"‘])/;

/** Verbs whose ask is the gerund after them ("consider donating"). */
const GERUND_TAKERS = new Set(['consider', 'recommend', 'suggest']);

/** The base form of a gerund's stem that the verb table knows ("donat" → "donate", "shopp" → "shop"). */
function baseOf(stem: string): string | null {
  for (const v of [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')]) if (Object.hasOwn(IMPERATIVE_VERBS, v)) return v;
  return null;
}

/** A verb's own stage, with no object read. */
function stageOf(verb: string): { stage: CtaStage; outward: boolean } {
  const rule = IMPERATIVE_VERBS[verb]!;
  return { stage: rule.stage, outward: rule.outward ?? false };
}

/**
 * Mathematical bold/italic/script letters and full-width forms read as plain letters (NFKC) with a
 * map back to the original offsets, so spans stay in the text as written. Null when there are none.
 */
export function normalizeStyled(text: string): { text: string; map: number[] } | null {
  if (!/[\u{1D400}-\u{1D7FF}\uFF01-\uFF5E]/u.test(text)) return null;
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    const styled = (cp >= 0x1d400 && cp <= 0x1d7ff) || (cp >= 0xff01 && cp <= 0xff5e);
    const plain = styled ? ch.normalize('NFKC') : ch;
    for (let k = 0; k < plain.length; k++) map.push(i);
    out += plain;
    i += width;
  }
  map.push(text.length);
  return { text: out, map };
}
