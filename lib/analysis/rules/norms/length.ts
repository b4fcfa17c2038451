/** norms/length: the draft is longer than the platform accepts for a post or a reply/comment. */
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import { atCodePoint, memoCheck } from '../../norms/shared';
import { entitiesOf } from '../../text/entities';
import { draftNorms, formatCount } from '../../norms/table';
import { measureX, type Measure } from '../../norms/x-length';

const ID = 'norms/length';

/** Measures the whole draft (not the bounded ctx.text): UTF-16 units, or X's weighted count. */
function measure(ctx: RuleContext, limit: number): Measure {
  const text = ctx.draft.text;
  if (ctx.draft.platform === 'x') return measureX(text, limit, entitiesOf(ctx).urls);
  return { length: text.length, exact: true, cut: text.length > limit ? atCodePoint(text, limit) : null };
}

function check(ctx: RuleContext): RuleFinding[] {
  const norms = draftNorms(ctx);
  const { cut, length, exact } = measure(ctx, norms.limit);
  if (cut === null || length === null) return [];
  const shown = `${exact ? '' : 'about '}${formatCount(length)}`;
  const isX = norms.platform === 'x';
  return [
    {
      messageId: isX ? 'tooLongX' : norms.limitApprox ? 'mayBeTooLong' : 'tooLong',
      severity: norms.limitApprox ? 'warn' : 'fix',
      spans: [{ start: cut, end: ctx.draft.text.length }],
      data: {
        length: shown,
        weightedLength: length,
        exact,
        limit: formatCount(norms.limit),
        platform: norms.platformName,
        kind: norms.kindName,
        summary: `${shown}/${formatCount(norms.limit)} characters`,
      },
    },
  ];
}

export default defineRule({
  meta: {
    id: ID,
    category: 'platform-norms',
    description: 'Flags a draft longer than the platform accepts for a post or a reply/comment.',
    severity: 'fix',
    messages: {
      tooLongX: {
        message: 'This {kind} counts {length}/{limit} characters on X; the highlighted end will not fit.',
        explanation:
          'X counts each link as 23 characters and each emoji (even a combined one) and CJK character ' +
          'as 2, up to 280 (25,000 with Premium: tick "My X account has Premium" in the settings). Cut ' +
          'it down or split it into a thread.',
      },
      tooLong: {
        message: 'This {kind} is {length}/{limit} characters, over the {platform} limit.',
        explanation:
          '{platform} does not accept a {kind} over {limit} characters: the highlighted end will not ' +
          'go out. Tighten it, or move the detail to a link or a follow-up.',
      },
      mayBeTooLong: {
        message: 'This {kind} is {length} characters; {platform} takes about {limit}.',
        explanation:
          'Sources differ on the exact {platform} {kind} limit (about 1,250 to 1,500 characters), so ' +
          'the highlighted end may not go out. Set the exact limit in the settings if you know it.',
      },
    },
  },
  check: memoCheck(ID, check),
});
