/**
 * The coaching tips: one per rule, in plain words, with where the reasoning comes from. The popup
 * shows the two or three whose findings came up most in the user's own recent writing.
 */
import type { Category } from '../analysis/schemas';

export interface TipText {
  title: string;
  reasoning: string;
  source: string;
}

const ESSAY = {
  cta: 'Essay 000: when to ask for a call to action',
  offline: 'Essay 001: proactive vs reactive, taking a complaint offline',
  ratio: 'Essay 001: the 80/20 rule',
  crosspost: 'Essay 001: mass cross-posting',
  engage: 'Essay 002: real two-way engagement',
  negative: 'Essay 003: interaction and negative feedback',
  platform: 'Essay 004: picking the right platform',
} as const;

/** Tips by rule id. */
export const RULE_TIPS: Record<string, TipText> = {
  'norms/foreign-handles': {
    title: 'Tag people the way each network does',
    reasoning:
      'An @handle copied from X does not link anyone on Facebook or LinkedIn: there you tag by name through the @ menu. A dead handle tells readers the post was pasted, not written for them.',
    source: ESSAY.platform,
  },
  'norms/hashtags': {
    title: 'Use the number of hashtags the network is used to',
    reasoning:
      'One or two on X and Facebook, three to five on LinkedIn and Instagram (which refuses more than five). A pile of tags reads as a broadcast and crowds out the message.',
    source: ESSAY.platform,
  },
  'norms/length': {
    title: 'Write to the length each network accepts',
    reasoning:
      'X stops at 280 weighted characters (every link counts 23), a LinkedIn post at 3,000. Cutting by hand at the last moment loses the point; plan the short version first.',
    source: ESSAY.platform,
  },
  'norms/links': {
    title: 'Put links where they work',
    reasoning:
      'Instagram captions do not make links clickable, so say "link in bio" there and only there; on the other networks the link itself works and "link in bio" just confuses.',
    source: ESSAY.platform,
  },
  'norms/markdown': {
    title: 'Leave Markdown out of social posts',
    reasoning:
      'None of the four networks renders **bold** or [links](…): readers see the symbols. Line breaks and a strong first line do the job instead.',
    source: ESSAY.platform,
  },
  'norms/see-more': {
    title: 'Put the hook before "see more"',
    reasoning:
      'LinkedIn and Facebook fold a post after a line or two. If the first sentence does not fit, most readers never see why the post matters.',
    source: ESSAY.platform,
  },
  'norms/thread-markers': {
    title: 'Keep "1/5" and 🧵 for X',
    reasoning: 'Threads are an X habit. Elsewhere the markers point to posts that do not exist, a sure sign of a copied post.',
    source: ESSAY.crosspost,
  },
  'crosspost/mass-posting': {
    title: 'Write for each network instead of sending one text everywhere',
    reasoning:
      'The same text on three networks in a day is what scheduling tools make easy, and it rarely starts a conversation: each audience expects something written for it.',
    source: ESSAY.crosspost,
  },
  'crosspost/near-duplicate': {
    title: 'Rework a post before you reuse it on another network',
    reasoning:
      'People who follow you in two places notice the copy, and each network has its own length, tags and habits. Keep the idea, rewrite the words.',
    source: ESSAY.crosspost,
  },
  'cta/backwards': {
    title: 'Ask customers and fans for their next step, not the first one',
    reasoning:
      'A customer asked to "buy now" or a fan asked to "follow us" hears that you do not know them. Offer the ask of their own stage: a review, a referral, their story.',
    source: ESSAY.cta,
  },
  'cta/stacked-asks': {
    title: 'One ask per post',
    reasoning:
      'Follow, subscribe, book a demo and buy in one post leaves the reader to pick, and most pick nothing. Choose the single next logical step.',
    source: ESSAY.cta,
  },
  'cta/stage-jump': {
    title: 'Ask for the next logical step, not the sale',
    reasoning:
      'Someone who just discovered you is not ready to buy. The call to action should deepen the relationship one stage at a time: follow, then subscribe, then try, then buy.',
    source: ESSAY.cta,
  },
  'promo/ratio': {
    title: 'Keep promotion to about one post in five',
    reasoning:
      'About 80% of what a brand posts should be useful, entertaining or conversational; at most 20% promotional. A feed of offers teaches people to scroll past you.',
    source: ESSAY.ratio,
  },
  'complaint/acknowledge': {
    title: 'Start a complaint reply by acknowledging it',
    reasoning:
      'Saying you see the problem (and sorry, where it fits) calms the person and shows everyone reading that you listen. Skipping it reads as a brush-off.',
    source: ESSAY.negative,
  },
  'complaint/canned-reply': {
    title: 'Vary the words of complaint replies',
    reasoning:
      'The same pasted reply under every complaint looks automated, and people compare them. Name their problem in your own words.',
    source: ESSAY.engage,
  },
  'praise/reply': {
    title: 'Answer praise simply, not with a sales pitch',
    reasoning:
      'A happy customer deserves a short, human thank-you, or a question about who made it good. A "buy now" in reply reads as not listening; if you ask anything, ask for a review or a referral.',
    source: ESSAY.offline,
  },
  'complaint/defensive': {
    title: 'Stay calm and leave blame out',
    reasoning:
      '"You should have" and "per our policy" win the argument and lose the customer, in front of everyone. Explain what you will do, not who was wrong.',
    source: ESSAY.negative,
  },
  'complaint/public-data-ask': {
    title: 'Never ask for order numbers or emails in public',
    reasoning: 'Everyone can read a public reply. Ask them to DM the details instead: "DM us your order number" keeps their data private.',
    source: ESSAY.offline,
  },
  'complaint/take-offline': {
    title: 'Move complaints to a private channel',
    reasoning:
      'Answer in public so people see you care, then offer a DM, email or phone to sort out the details. The whole world reads the public part.',
    source: ESSAY.offline,
  },
  'complaint/too-short': {
    title: 'Give complaint replies a real sentence',
    reasoning: 'A one-word reply to an unhappy customer feels like no reply. Silence is the worst answer, and a curt one is close behind.',
    source: ESSAY.negative,
  },
};

/** A fallback per category, for rules added later without their own tip. */
export const CATEGORY_TIPS: Record<Category, TipText> = {
  'platform-norms': RULE_TIPS['norms/length']!,
  crosspost: RULE_TIPS['crosspost/near-duplicate']!,
  'cta-stage': RULE_TIPS['cta/stage-jump']!,
  'promo-ratio': RULE_TIPS['promo/ratio']!,
  complaint: RULE_TIPS['complaint/take-offline']!,
};

export function tipFor(ruleId: string, category: Category): TipText {
  return RULE_TIPS[ruleId] ?? CATEGORY_TIPS[category];
}
