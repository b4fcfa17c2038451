/** The cross-post rule with the real norms rules behind normViolations(). */
import { describe, expect, it } from 'vitest';
import rule from '@/lib/analysis/rules/crosspost/near-duplicate';
import { hoursAgo, runRule } from '../../../helpers/rule-tester';

const LINKEDIN =
  'After eighteen months of work with our customers we are launching Acme Flow, a scheduling tool that finally ' +
  'understands time zones. It plans your week around the people you work with, not the other way round. Huge ' +
  'thanks to everyone in our beta who sent us feedback every single week, and to the support team who answered ' +
  'every one of those messages. Read the full story on our blog and tell us what you would build next.\n\n' +
  '#productlaunch #scheduling #remotework #startups';

describe('crosspost/near-duplicate with the norms rules', () => {
  it('names the norms a LinkedIn post pasted into X breaks', () => {
    const [finding, ...rest] = runRule(rule, {
      draft: { platform: 'x', text: LINKEDIN },
      history: [{ id: 'li1', platform: 'linkedin', kind: 'post', text: LINKEDIN, postedAt: hoursAgo(3) }],
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'crosspost/near-duplicate',
      messageId: 'breaksNorms',
      severity: 'warn',
      data: { relation: 'repeats', matchedPostId: 'li1', matchedPlatform: 'LinkedIn', ago: '3 h ago', platform: 'X' },
    });
    expect(finding!.data!.violationCount).toBeGreaterThanOrEqual(2);
    expect(String(finding!.data!.violations).split(', ')).toHaveLength(Number(finding!.data!.violationCount));
    // With the real norms' summaries in it, the message is still whole.
    expect(finding!.message).not.toMatch(/\{\w+\}/);
    expect(finding!.explanation).not.toMatch(/\{\w+\}/);
  });
});
