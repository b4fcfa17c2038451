/** norms/see-more: the opening sentence of a post runs past the platform's "see more" fold. */
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import { atCodePoint, memoCheck } from '../../norms/shared';
import { draftNorms } from '../../norms/table';

const ID = 'norms/see-more';

/** A sentence ends at . ! ? or … followed by a space, a closing quote/bracket or the end. */
const SENTENCE_END = /[.!?…](?=["'”’)\]]*(?:\s|$))/;

/** Where the hook (first line or first sentence) ends, looking no further than `limit`. */
function hookEnd(text: string, limit: number): number {
  const head = text.slice(0, limit);
  const lineBreak = head.indexOf('\n');
  const sentence = SENTENCE_END.exec(lineBreak === -1 ? head : head.slice(0, lineBreak));
  const ends = [lineBreak, sentence ? sentence.index + 1 : -1].filter((n) => n >= 0);
  return ends.length ? Math.min(...ends) : Math.min(text.length, limit);
}

function check(ctx: RuleContext): RuleFinding[] {
  const norms = draftNorms(ctx);
  const fold = norms.seeMore;
  const text = ctx.text;
  if (fold === null || norms.kind !== 'post' || text.length <= fold) return [];
  const start = text.search(/\S/);
  if (start < 0 || hookEnd(text.slice(start), fold + 1) <= fold) return [];
  // The hook runs past the fold: mark from the fold to where its sentence or line ends.
  const cut = atCodePoint(text, start + fold);
  const end = start + hookEnd(text.slice(start), fold + 400);
  return [
    {
      messageId: 'hookPastFold',
      spans: [{ start: cut, end: Math.max(cut, end) }],
      data: { fold, platform: norms.platformName },
    },
  ];
}

export default defineRule({
  meta: {
    id: ID,
    category: 'platform-norms',
    description: 'Notes when the opening sentence of a post does not fit before "see more".',
    severity: 'info',
    messages: {
      hookPastFold: {
        message: 'The first sentence runs past the ~{fold} characters {platform} shows before "see more".',
        explanation:
          '{platform} folds posts after about {fold} characters, so most readers decide from the first ' +
          'line alone. A short opening line that makes the point (or a line break after it) keeps ' +
          'the hook in view.',
      },
    },
  },
  check: memoCheck(ID, check),
});
