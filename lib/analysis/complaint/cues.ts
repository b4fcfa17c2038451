/**
 * Cue data for the complaint classifier: readable phrase patterns with weights. A positive weight
 * pushes towards "complaint about the brand", a negative one away from it (praise, plain
 * questions, trouble that is not the brand's). Every pattern is a flat alternation of literal
 * words between word boundaries, so matching stays linear in the text's length.
 */

/** What a cue says about the text; reported with each matched span. */
export type CueKind =
  /** A concrete failure of the product or service: delayed, cancelled, lost, broken, charged twice. */
  | 'problem'
  /** Waiting without an answer: still waiting, on hold for an hour, no response. */
  | 'waiting'
  /** Negative judgement: worst, terrible, unacceptable, disappointed. */
  | 'negative'
  /** Anger or leaving: never again, wtf, fed up, #fail. */
  | 'anger'
  /** A negated good thing: not happy, doesn't work, no help. */
  | 'negation'
  /** Praise turned into a complaint: "thanks for nothing", "great, another delay". */
  | 'sarcasm'
  /** Emphasis that strengthens a complaint already there: so, really, !!!, CAPITALS. */
  | 'intensifier'
  /** Praise or thanks. */
  | 'praise'
  /** A plain question or request for information. */
  | 'question'
  /** Trouble that is nobody's fault: weather, traffic, Mondays. */
  | 'off-topic';

/** One cue: a pattern, its weight in the score and what it means. */
export interface Cue {
  kind: CueKind;
  weight: number;
  pattern: RegExp;
  /** Complaint cues inside this cue's matches do not count ("not bad", "no problem"). */
  masks?: boolean;
}

/** Builds a case-insensitive, global `\b(?:a|b|c)\b` pattern from phrases (spaces match any gap). */
export function phrases(list: readonly string[], suffix = ''): RegExp {
  const body = list
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]{1,3}').replace(/'/g, "['\u2019]?"))
    .join('|');
  return new RegExp(`\\b(?:${body})${suffix}\\b`, 'gi');
}

/** Trouble with an order, a trip, a device or an account. */
const PROBLEM_WORDS = [
  'delay', 'delayed', 'delays', 'cancelled', 'canceled', 'cancellation', 'cancelation', 'cancelled flighted',
  'cancelled flightled', 'lost', 'losing', 'missing', 'damaged', 'broken', 'broke', 'crashed', 'crashes', 'crashing',
  'stuck', 'stranded', 'overbooked', 'bumped', 'misconnect', 'missed my', 'missed our', 'wrong order', 'wrong item',
  'charged twice', 'double charged', 'overcharged', 'charged me', 'never arrived', 'never received', "hasn't arrived",
  "didn't arrive", "didn't receive", 'not delivered', 'not received', 'no refund', 'refund', 'refunded', 'dirty',
  'rude', 'rudest', 'unhelpful', 'useless', 'incompetent', 'incompetence', 'screwed', 'messed up', 'mess up',
  'lied', 'liars', 'hung up', 'disconnected', 'outage', 'down again', 'keeps crashing', 'keeps freezing', 'freezing',
  'freezes', 'glitch', 'bug', 'error', 'failed', 'fails', 'diverted', 'leaking', 'leak', 'stolen',
  'lost luggage', 'lost bag', 'lost my', 'rebooked', 'no show', 'denied', 'declined', 'stains', 'cold food', 'broken seat',
  'sitting on the tarmac', 'on the tarmac', 'tarmac', 'no food', 'no wifi', 'no power', 'no service', 'no signal',
  'mishandled', 'ruined', 'ripped off', 'rip off', 'scam', 'disconnecting', 'dropped call', 'not enough',
  'supposed to', 'still pending', 'never loads', 'left behind', 'runaround', 'run around', 'paid for',
  'misconnected', 'missed connection', 'missed my connection', 'took off without', 'no longer', 'keeps saying',
  'keeps telling', 'keeps dropping', 'keeps failing', 'not working', 'out of order', 'charged', 'glitchy', 'slow',
  'so slow', 'errors', 'unable to', 'having trouble', 'having an issue', 'having issues', 'having problems',
  'hard time', 'disappeared', 'false charge', 'charged me', 'gave away', 'still not here', 'not here yet',
  "didn't show up", "didn't even show", 'never showed', 'no show', 'hanging up', 'wont validate', "won't validate",
  'drop the ball', 'dropped the ball', 'please fix', 'fix your', 'fix the', 'a fix', 'make this stop', 'is down',
  'went down', 'not loading', 'unusable', 'less usable', 'moved my seat', 'downgraded', 'fraud', 'unauthorized',
  'missed', 'miss my', 'miss our', 'owe me', 'you owe', "didn't resolve", 'not resolved', 'unresolved',
  'no benefits', 'lacking', 'lack of', 'i paid', 'we paid', "i'd rather", 'would rather', 'stressful', 'hurts', 'for no reason', 'lying', 'nothing from', 'not living up',
  // A service that refused, forgot, ran out or blamed the customer; costs pushed onto the customer.
  'double charge', 'double charged', 'charged double', 'lies', 'refused', 'refuse', 'refuses', 'refusing',
  'gave up', 'unavailable', 'expired', 'forgot', 'forgotten', 'destroyed', 'impolite', 'negligent', 'negligence',
  'blame', 'blamed', 'blaming', 'had to pay', 'had to buy', 'had to rebook', 'had to sleep', 'had to wait',
  'had to call', 'forced to', 'ran out of',
  'peor', 'p\u00e9simo', 'p\u00e9sima', 'desagradable', 'schlecht', 'entt\u00e4uscht', 'unzustellbar',
];

/** Words that name a problem without saying how bad: they need company to make a complaint. */
const WEAK_PROBLEM_WORDS = [
  'problem', 'problems', 'issue', 'issues', 'trouble', 'complaint', 'complain', 'compensation', 'compensate',
  'reimburse', 'reimbursement', 'voucher', 'late', 'fee', 'fees', 'wait', 'waiting', 'was told', 'were told', 'been told', 'tried', 'sitting', 'mins', 'minutes', 'need help', 'please help', 'pls help', 'plz help', 'little help', 'would help', 'i expect', 'help please', 'help me', 'hold',
];

/** "Can't get through", "won't let me": the customer is blocked. */
const BLOCKED_PATTERN =
  /\b(?:can't|cant|cannot|can not|couldn't|couldnt|unable to|won't|wont|wouldn't|will not) (?:even )?(?:get|find|reach|book|check|change|access|log|use|connect|make|load|print|select|pick|see|speak|talk|call|let|accept|honou?r|refund|give|help|tell|answer|process)\b|\bno (?:help|info|information|update|updates|communication|clue|explanation|apology|apologies|crew|gate|food|seats?|bags?|luggage|luck|way|one|warning|notice|compensation|refund|response|answer|reply|call|email|show|power|wifi|customer service|snacks?|water|drinks?|tvs?|entertainment|movies|outlets?|blankets?|pillows?|room|space|clothes|agents?|staff|record|confirmation|follow up|followup|accountability|courtesy)\b/gi;

/** "It keeps crashing", "I keep getting logged out": a repeated failure. */
const KEEPS_PATTERN = /\bkeeps? (?:on )?[a-z]{2,20}ing\b/gi;

/** Telling the brand what it should do: "you need to retrain", "it shouldn't take longer". */
const SHOULD_PATTERN =
  /\b(?:you|you guys|u|they|it|this|that|there|someone|agents|staff|your [a-z]{2,20}) (?:really )?(?:should|shouldn't|should not|should've|should have|need to|needs to|needs [a-z]{2,20}ing|ought to|could have|couldn't even|couldn't be bothered)\b/gi;

/** Angry, sad and disappointed faces (emoji and typed ones like ":(" and ":/"), broken hearts. */
const ANGRY_EMOJI_PATTERN =
  /(?:\ud83d[\ude20\ude21\ude24\ude12\ude44\udc4e\udc94\ude23\ude16\ude2b\ude29\ude1e\ude14\ude22]|\ud83e\udd2c|\u2639|[:=]['-]?\((?!\))|:-?\/(?![/\w]))/g;

/** "Why is my flight…": a why-question to the brand is a complaint in disguise. */
const WHY_PATTERN =
  /(?<!\b(?:is|that's|thats|that is|which is|reason) )\b(?:tell me |explain )?why (?:i|is|are|am|do|does|did|would|can't|cant|won't|wont|isn't|isnt|aren't|arent|wasn't|wasnt|weren't|werent|wouldn't|wouldnt|couldn't|couldnt|hasn't|hasnt|haven't|havent|didn't|didnt|don't|dont|doesn't|doesnt|has|have|was|were|on earth|the hell|in the world|no|not|must|should)\b/gi;

/** Hashtags that carry the complaint: #fail, #worstairlineever, #neveragain. */
const HASHTAG_PATTERN =
  /#\w{0,40}?(?:fail|worst|suck|never|hate|bad|disappoint|nonsense|waste|angry|ripoff|shame|notcool|unacceptable|joke|fml|ugh|smh|wtf|frustrat|annoy|stuck|strand|poor|terrible|horrible|awful|nothappy|unhappy|sad|fix|delay|cancel|lost|broken|rude|help|lame)/gi;

/** Waiting and not being answered. */
const WAITING_WORDS = [
  'still waiting', 'been waiting', 'waiting for', 'waited', 'on hold', 'hold time', 'no answer', 'no response',
  'no reply', 'not responding', 'never responded', 'never heard back', 'no one', 'nobody', 'ignored', 'ignoring',
  'for hours', 'for days', 'for weeks', 'all day', 'all night', 'an hour', 'another hour', 'still no', 'still not', 'yet again', 'again', 'another hour',
  // How long it has been going on: "since yesterday", "since Monday".
  'since yesterday', 'since last week', 'since last night', 'since last month', 'since this morning', 'since monday',
  'since tuesday', 'since wednesday', 'since thursday', 'since friday', 'since saturday', 'since sunday',
  'third time', '3rd time', 'second time', '2nd time', 'every time', 'keep getting', 'call back', 'callback',
];

/** Words that judge the brand's service harshly. */
const NEGATIVE_WORDS = [
  'worst', 'terrible', 'horrible', 'awful', 'unacceptable', 'ridiculous', 'pathetic', 'disgraceful', 'disgusting',
  'disappointed', 'disappointing', 'disappointment', 'frustrated', 'frustrating', 'frustration', 'annoyed',
  'annoying', 'angry', 'furious', 'upset', 'poor', 'bad', 'sucks', 'suck', 'crap', 'crappy', 'shitty', 'shit',
  'joke', 'nightmare', 'fiasco', 'shame', 'shameful', 'embarrassing', 'appalling', 'atrocious', 'lousy', 'lame',
  'hate', 'hated', 'mad', 'sad', 'inconvenience', 'inconvenienced', 'unprofessional', 'hassle', 'ugh', 'smh',
  'seriously', 'unbelievable', 'absurd', 'insane', 'your fault', 'excuse', 'excuses', 'worse', 'fail',
  'failure', 'poorly', 'misery', 'miserable', 'tired of', 'sick of', 'sorry excuse', 'zero', 'worthless',
  'unhappy', 'dissatisfied', 'disrespectful', 'disrespect', 'embarrassment', 'nonsense', 'waste', 'wasted',
  'stinks', 'stink', 'mess', 'misleading', 'inaccurate', 'wrong', 'incorrect', 'unreliable', 'uncomfortable',
  'cramped', 'gross', 'filthy', 'sucked', 'horrendous', 'subpar', 'outrageous', 'insulting', 'mediocre',
  'rude', 'fml', 'not impressed', 'no excuse', 'false advertising', 'canned response', 'copy and paste',
  'automated response', 'auto reply', 'bot', 'cheap',
  'unfortunately', 'botched', 'absurd', 'absurdity', 'curse', 'jerks', 'thieves', 'anarchy', 'shock', 'no better than', 'hates you', 'generic', 'auto tweet',
  'what was the point', 'what is the point', "what's the point", 'not sure why', 'not your finest', 'not the best',
  '#sarcasm', 'fuming', 'pissed', 'disgusted', 'clueless', 'chalky', 'stale', 'not liking', 'hate this', 'longest line',
  // Harsh judgements of staff and service, and "too long / too many" complaints.
  'greedy', 'greed', 'heartless', 'insulted', 'insult', 'downhill', 'unnerving', 'scary', 'illegal', 'breach',
  'nasty', 'attitude', 'careless', 'inept', 'lazy', 'arrogant', 'condescending', 'ignorant', 'hostile', 'unfriendly',
  'horrid', 'dreadful', 'crummy', 'abysmal', 'appalled', 'shocking', 'livid', 'irate', 'outraged', 'infuriating',
  'infuriated', 'aggravating', 'aggravated', 'exhausting', 'painful', 'disaster', 'disastrous', 'debacle', 'ordeal',
  'robotic', 'egregious', 'obnoxious', 'overpriced', 'too long', 'too late', 'too small', 'too slow', 'too expensive',
  'too crowded', 'too much', 'too many',
  'sloppy', 'chaos', 'chaotic', 'disorganized', 'shady', "what's up with", 'whats up with', 'not appreciated',
  'what happened', "what's going on", 'whats going on', "where's my", 'wheres my', 'where is my', 'where are my',
];

/** Anger, leaving, swearing, shouting hashtags. */
const ANGER_WORDS = [
  'never again', 'never flying', 'never fly', 'never use', 'never ordering', 'never buying', 'done with', 'fed up',
  'wtf', 'screw you', 'screw this', 'fuck', 'fucking', 'fucked', 'f\u2019ing', 'damn', 'hell', 'bullshit', 'bs', 'switching to', 'cancel my',
  'lost a customer', 'lost a loyal', 'last time', 'fix this', 'fix it', 'get it together', 'do better',
  'shame on', 'boycott', 'thanks for nothing', 'epic fail', 'how hard is it', 'how hard can it be',
  'do the right thing', "don't care", 'dont care', "can't believe", 'cant believe', 'learned my lesson', 'lesson learned',
  'enough is enough', 'get your act together', 'what a joke', 'want my money', 'money back', 'refund me',
  'lost my business', 'lost our business', 'you lost', 'give me my', 'are you kidding', 'you kidding me',
  'you guys suck', 'not acceptable', 'how is this', 'how is that', 'is this how', 'is that how', 'what is going on',
];

/** A good thing negated: the complaint hides behind "not". */
const NEGATION_PATTERN =
  /\b(?:not|no|never|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|won't|can't|cannot|couldn't|wouldn't|ain't|isnt|wasnt|dont|doesnt|didnt|wont|cant|haven't|havent|hasn't|hasnt|dosent|dosen't|doesent|dosnt|dosen)[\s'\u2019]{1,3}(?:(?:very|so|at all|even|really|be|been|being|get|got|getting|any|a|an|the|that|too|much|yet|still) ){0,2}(?:happy|pleased|good|great|ok|okay|cool|friendly|nice|easy|clear|enough|fun|comfortable|working|work|works|helpful|help|helping|acceptable|impressed|satisfied|right|fair|fixed|resolved|refunded|answered|responding|respond|load|loading|connect|arrived|delivered|received|able|possible|allowed|honou?red|honou?r|showing|available)\b/gi;

/** How long it took: "3 hours", "two weeks", "45 mins". */
const DURATION_PATTERN =
  /\b(?:\d{1,3}\+?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|few|couple of) ?(?:hours?|hrs?|days|weeks|months|mins|minutes)\b/gi;

/** Plain negation: weak alone, but complaints say what did not happen. */
const PLAIN_NEGATION_PATTERN =
  /\b(?:not|don't|dont|didn't|didnt|doesn't|doesnt|haven't|havent|hasn't|hasnt|wasn't|wasnt|weren't|isn't|won't|can't|couldn't|nothing|never|nobody|no one)\b/gi;

/** The brand's things: a negation about one of them is about the service ("the app doesn't load"). */
const SERVICE_NOUNS =
  'flights?|bags?|baggage|luggage|suitcases?|seats?|orders?|agents?|reps?|service|app|website|site|account|deliver(?:y|ies)|refunds?|tickets?|booking|reservations?|emails?|phone|calls?|wifi|wi-fi|internet|links?|system|packages?|parcels?|payments?|cards?|points|miles|upgrades?|crew|staff|plane|gate|connections?|confirmation|voucher|credit|driver|product|items?|screen|receipt|bill|invoice|update';
const NEGATION_WORDS =
  "not|don't|dont|didn't|didnt|doesn't|doesnt|haven't|havent|hasn't|hasnt|wasn't|wasnt|weren't|isn't|isnt|won't|wont|can't|cant|couldn't|never|nothing|nobody|no one";

/**
 * A plain negation in the same sentence as one of the brand's things: "my bag never showed",
 * "the website won't take my card". Alone, "not" is weak (people say "don't know who won yet");
 * next to a service noun it usually says what the service did not do. The span is the negation.
 */
const NEGATED_SERVICE_PATTERN = new RegExp(
  // The negation is matched first; only then do the look-around checks run (cheap, bounded).
  `\\b(?:${NEGATION_WORDS})\\b(?:(?=[^.!?\\n]{0,40}\\b(?:${SERVICE_NOUNS})\\b)|(?<=\\b(?:${SERVICE_NOUNS})\\b[^.!?\\n]{0,40}\\b(?:${NEGATION_WORDS})))`,
  'gi',
);

/** Sarcastic praise that is really a complaint. */
const SARCASM_PATTERN =
  /\b(?:(?:would|could|might) (?:have been|be) (?:nice|great|good|helpful|lovely) (?:if|to)|(?:would've|would have|i'd have) (?:appreciated|liked|expected)|thanks? (?:you )?(?:a lot |so much )?for (?:the |your )?(?:third|second|fourth|generic|canned|automated|computer|copy|another|nothing)|(?:thanks|thank you|thx|great|love|awesome|nice|wonderful|fantastic|perfect|gotta love|way to go|good job|great job|bravo|congrats)\b[\s,.!]{0,3}(?:for (?:nothing|the (?:delay|wait|runaround|hassle|headache|inconvenience)|(?:another|a) (?:\w+ )?(?:delay|hour|wait|cancel\w*))|(?:another|more) (?:delay|hour|wait|cancel\w*)|(?:waiting|sitting|being on hold|being stuck)))\b/gi;

/** Scare quotes around a short phrase: the "help desk", your "on time" record. */
const SCARE_QUOTES_PATTERN = /["\u201c][a-z][a-z' ]{1,23}[a-z]["\u201d]/gi;

/** A bad word negated is praise: "not bad at all", "no complaints", "no problem", "can't wait". */
const NEGATED_NEGATIVE_PATTERN =
  /\b(?:not|never|nothing|isn't|wasn't) (?:too |that |so |at all |even )?(?:bad|terrible|awful|horrible|disappointed|disappointing|a problem|an issue|your fault|their fault)\b|\bno (?:complaints?|problems?|issues?|worries|delay|delays|trouble)\b|\bnothing (?:wrong|to complain)\b|\b(?:can't|cant|cannot) wait\b/gi;

/** Emphasis. */
const INTENSIFIER_PATTERN = /!{2,}|\?{2,}|\b(?:so|very|extremely|absolutely|totally|completely|beyond|truly|literally|still)\b|\b[A-Z]{4,}\b/g;

/** Smiles, hearts and thumbs up: ":)", ";-)", ":D", "<3". */
const SMILE_PATTERN =
  /(?<![\w/])[:;=]-?[)D](?![\w)])|<3|\u263a|\u2764|\ud83d[\ude00\ude01\ude03\ude04\ude0a\ude0d\ude18\ude4c\udc4d\udc99\udc9a\udc9c\udc96\udc95]/g;

/** Thanks: politeness, also at the end of many complaints. */
const THANKS_WORDS = ['thank you', 'thanks', 'thank u', 'thx', 'ty', 'tks', 'cheers', 'appreciate it'];

/** Praise. */
const PRAISE_WORDS = [
  'love', 'loved', 'loving', 'great', 'awesome', 'amazing',
  'excellent', 'fantastic', 'wonderful', 'best', 'appreciate', 'appreciated', 'kudos', 'shoutout', 'shout out',
  'props', 'impressed', 'happy', 'glad', 'favorite', 'favourite', 'perfect', 'brilliant', 'beautiful', 'cool',
  'nice', 'enjoy', 'enjoyed', 'pleasure', 'helpful', 'superb', 'outstanding', 'rock', 'rocks', 'congrats',
  'congratulations', 'yay', 'woohoo', 'smooth', 'friendly', 'lovely', 'well done', 'good job', 'great job',
  'excited', 'fun', 'sweet', 'win', 'welcome', 'proud',
  'nicest', 'pleasant', 'fabulous', 'stellar', 'kindness', 'above and beyond',
  'all good', 'made my day', 'safe', 'safely', 'thank goodness', 'good work',
  'good service', 'great service', 'earned', 'best airline', 'a+', 'legend', 'hero', 'heroes', 'gem',
];

/** Plain questions and requests for information. */
const QUESTION_WORDS = [
  'can i', 'can we', 'could i', 'could you', 'can you', 'do you', 'does', 'do i', 'is there', 'are there',
  'is it possible', 'how do', 'how can', 'how long', 'how much', 'how many', 'what is', "what's", 'what are',
  'when will', 'when is', 'when does', 'where is', 'where can', 'which', 'will there', 'will i', 'would it',
  'any chance', 'wondering', 'i was wondering', 'question', 'please follow', 'follow me', 'dm me', 'info',
  'information', 'policy', 'allowed to', 'need to know', 'looking for', 'interested in', 'planning',
];

/** Trouble that is nobody's fault or not about the brand. */
const OFF_TOPIC_WORDS = [
  'weather', 'snow', 'snowstorm', 'blizzard', 'storm', 'rain', 'raining', 'traffic', 'monday', 'mondays',
  'my team', 'referee', 'the game', 'my cold', 'the flu', 'hangover', 'my boss', 'homework', 'exam',
];

/** The cue table. Weights are log-odds: a sum above zero means "complaint". */
export const COMPLAINT_CUES: readonly Cue[] = [
  { kind: 'problem', weight: 1.6, pattern: phrases(PROBLEM_WORDS) },
  { kind: 'problem', weight: 0.75, pattern: phrases(WEAK_PROBLEM_WORDS) },
  { kind: 'problem', weight: 1.4, pattern: BLOCKED_PATTERN },
  { kind: 'anger', weight: 1.4, pattern: WHY_PATTERN },
  { kind: 'anger', weight: 1.5, pattern: HASHTAG_PATTERN },
  { kind: 'problem', weight: 1.2, pattern: KEEPS_PATTERN },
  { kind: 'negative', weight: 1.2, pattern: SHOULD_PATTERN },
  { kind: 'anger', weight: 1.3, pattern: ANGRY_EMOJI_PATTERN },
  { kind: 'waiting', weight: 1.1, pattern: phrases(WAITING_WORDS) },
  { kind: 'waiting', weight: 0.9, pattern: DURATION_PATTERN },
  { kind: 'negative', weight: 1.7, pattern: phrases(NEGATIVE_WORDS) },
  { kind: 'anger', weight: 1.7, pattern: phrases(ANGER_WORDS) },
  { kind: 'negation', weight: 1.6, pattern: NEGATION_PATTERN },
  { kind: 'sarcasm', weight: 2.4, pattern: SARCASM_PATTERN },
  { kind: 'sarcasm', weight: 0.9, pattern: SCARE_QUOTES_PATTERN },
  { kind: 'negation', weight: 0.65, pattern: PLAIN_NEGATION_PATTERN },
  { kind: 'negation', weight: 0.5, pattern: NEGATED_SERVICE_PATTERN },
  { kind: 'intensifier', weight: 0.4, pattern: INTENSIFIER_PATTERN },
  { kind: 'praise', weight: -1.0, pattern: NEGATED_NEGATIVE_PATTERN, masks: true },
  { kind: 'praise', weight: -0.9, pattern: phrases(THANKS_WORDS) },
  { kind: 'praise', weight: -0.9, pattern: SMILE_PATTERN },
  { kind: 'praise', weight: -1.8, pattern: phrases(PRAISE_WORDS) },
  { kind: 'question', weight: -1.0, pattern: phrases(QUESTION_WORDS) },
  { kind: 'off-topic', weight: -1.5, pattern: phrases(OFF_TOPIC_WORDS) },
];

/** Signs the text speaks to or about the brand: you/your, an @mention, the brand's things. */
export const DIRECTED_PATTERN =
  /(?:^|[^\w@])@\w|\b(?:you|your|you're|youre|u|ur|yall|y'all|you guys|your company|customer service|support|service|staff|agent|crew|app|website|site|order|delivery|package|parcel|flight|booking|account|bill|billing|subscription|product|store|driver|refund|seat|bag|luggage)\b/i;
