import { afterEach, describe, expect, it, vi } from 'vitest';
import rule from '@/lib/analysis/rules/crosspost/near-duplicate';
import { normViolations } from '@/lib/analysis/norms/violations';
import { hoursAgo, ruleTester, runRule } from '../../../helpers/rule-tester';

// The norms family computes the violations; these tests fix them so they test this rule alone.
vi.mock('@/lib/analysis/norms/violations', () => ({ normViolations: vi.fn(() => []) }));

const LAUNCH =
  'After eighteen months of work with our customers we are launching Acme Flow, a scheduling tool that ' +
  'finally understands time zones. It plans your week around the people you work with.';
const LONG_LAUNCH =
  LAUNCH +
  ' Huge thanks to everyone in our beta who sent us feedback every single week, and to the support team who ' +
  'answered every one of those messages. Read the full story on our blog and tell us what you would build ' +
  'next: we read every reply. #productlaunch #scheduling #remotework #startups';
const TOPIC =
  'Scheduling across time zones is hard. This week our team talked to customers about how they plan ' +
  'meetings with remote colleagues. What is your trick?';

/** The fixed violations: an X draft of the long launch post breaks two of X's norms; anything else breaks none. */
const fixedViolations: typeof normViolations = (ctx) =>
  ctx.draft.platform === 'x' && ctx.text === LONG_LAUNCH
    ? [
        { ruleId: 'norms/length', messageId: 'overLimit', summary: '412/280 characters' },
        { ruleId: 'norms/hashtags', messageId: 'tooMany', summary: '4 hashtags' },
      ]
    : [];
vi.mocked(normViolations).mockImplementation(fixedViolations);
afterEach(() => vi.mocked(normViolations).mockReset().mockImplementation(fixedViolations));

const post = (id: string, platform: 'x' | 'facebook' | 'linkedin' | 'instagram', text: string, hours: number) => ({
  id,
  platform,
  kind: 'post' as const,
  text,
  postedAt: hoursAgo(hours),
});

ruleTester(rule, {
  valid: [
    { name: 'no history', draft: { text: LAUNCH } },
    {
      name: 'the same text on the same platform (a repost, not a cross-post)',
      draft: { text: LAUNCH },
      history: [post('x1', 'x', LAUNCH, 3)],
    },
    { name: 'older than the 14-day window', draft: { text: LAUNCH }, history: [post('li1', 'linkedin', LAUNCH, 15 * 24)] },
    {
      name: 'older than a shorter window from settings',
      draft: { text: LAUNCH },
      history: [post('li1', 'linkedin', LAUNCH, 4 * 24)],
      settings: { crosspostDays: 3 },
    },
    { name: 'a different text on the same topic', draft: { text: TOPIC }, history: [post('li1', 'linkedin', LONG_LAUNCH, 3)] },
    { name: 'a reply is never a cross-post', draft: { text: LAUNCH, kind: 'reply' }, history: [post('li1', 'linkedin', LAUNCH, 3)] },
    {
      name: 'a comment with the same text is not a post',
      draft: { text: LAUNCH },
      history: [{ id: 'c1', platform: 'linkedin', kind: 'comment', text: LAUNCH, postedAt: hoursAgo(3) }],
    },
    {
      name: 'a short generic line inside a long post',
      draft: { text: 'Huge thanks to everyone!' },
      history: [post('li1', 'linkedin', LONG_LAUNCH, 3)],
    },
    {
      name: 'a post whose time cannot be read counts as very old',
      draft: { text: LAUNCH },
      history: [{ id: 'li1', platform: 'linkedin', kind: 'post', text: LAUNCH, postedAt: 'yesterday-ish' as never }],
    },
  ],
  invalid: [
    {
      name: 'the same text with other hashtags, 3 h after LinkedIn',
      draft: { text: `${LAUNCH} #launch #saas` },
      history: [post('li1', 'linkedin', `${LAUNCH} #productlaunch #scheduling #remotework`, 3)],
      findings: [
        {
          messageId: 'adapt',
          severity: 'warn',
          spans: [],
          output: null,
          data: { matchedPostId: 'li1', matchedPlatform: 'LinkedIn', platform: 'X', ago: '3 h ago', relation: 'repeats', similarity: 1 },
        },
      ],
    },
    {
      name: 'a link swapped and a word changed',
      draft: { text: LAUNCH.replace('finally', 'really') + ' https://t.co/abc123' },
      history: [post('fb1', 'facebook', `${LAUNCH} https://acme.com/blog/flow?utm_source=facebook`, 30)],
      findings: [{ messageId: 'adapt', data: { matchedPostId: 'fb1', matchedPlatform: 'Facebook', ago: '30 h ago' } }],
    },
    {
      name: 'the X cut of a LinkedIn post is only worth knowing when it fits',
      draft: { text: LAUNCH },
      history: [post('li1', 'linkedin', LONG_LAUNCH, 2)],
      findings: [{ messageId: 'adapt', severity: 'info', data: { matchedPostId: 'li1', relation: 'shortens' } }],
    },
    {
      name: 'a LinkedIn draft that expands an X post',
      draft: { text: LONG_LAUNCH, platform: 'linkedin' },
      history: [post('x1', 'x', LAUNCH, 50)],
      findings: [
        {
          messageId: 'adapt',
          severity: 'info',
          data: { matchedPlatform: 'X', platform: 'LinkedIn', relation: 'expands', ago: '2 days ago' },
        },
      ],
    },
    {
      name: 'the window follows settings.crosspostDays',
      draft: { text: LAUNCH, platform: 'facebook' },
      history: [post('ig1', 'instagram', LAUNCH, 20 * 24)],
      settings: { crosspostDays: 30 },
      findings: [{ messageId: 'adapt', data: { matchedPlatform: 'Instagram', ago: '20 days ago' } }],
    },
    {
      name: 'the most similar post is named, and a same-platform repeat is skipped',
      draft: { text: LAUNCH },
      history: [post('x1', 'x', LAUNCH, 1), post('li1', 'linkedin', LONG_LAUNCH, 2), post('fb1', 'facebook', LAUNCH, 5)],
      findings: [{ messageId: 'adapt', severity: 'warn', data: { matchedPostId: 'fb1', relation: 'repeats' } }],
    },
    {
      name: 'says which of this platform’s norms the reused text breaks',
      draft: { text: LONG_LAUNCH },
      history: [post('li1', 'linkedin', LONG_LAUNCH, 3)],
      findings: [
        {
          messageId: 'breaksNorms',
          severity: 'warn',
          data: {
            relation: 'repeats',
            matchedPostId: 'li1',
            matchedPlatform: 'LinkedIn',
            ago: '3 h ago',
            platform: 'X',
            violations: '412/280 characters, 4 hashtags',
            violationCount: 2,
          },
        },
      ],
    },
  ],
});

describe('crosspost/near-duplicate messages', () => {
  it('never quotes the other post in its message or explanation', () => {
    const secret = 'Our confidential launch date is the ninth of May and the price will be forty dollars a month for teams';
    const [finding] = runRule(rule, { draft: { text: secret }, history: [post('li1', 'linkedin', secret, 1)] });
    expect(finding).toBeDefined();
    for (const words of ['confidential', 'ninth of May', 'forty dollars']) {
      expect(finding!.message).not.toContain(words);
      expect(finding!.explanation).not.toContain(words);
    }
  });
});
