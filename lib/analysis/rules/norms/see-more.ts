/** norms/see-more: the opening sentence of a post runs past the platform's "see more" fold. */
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import { foldEnd, foldModels } from '../../norms/fold';
import { memoCheck } from '../../norms/shared';
import { draftNorms } from '../../norms/table';
import { firstSentenceEnd } from '../../text/segment';

const ID = 'norms/see-more';

/** Looks no further than this past the fold for the hook's end. */
const HOOK_LOOKAHEAD = 400;

/** Where the hook (the first line, or its first sentence) ends, as an offset into text. */
export function hookEnd(text: string, from = 0, limit = text.length): number {
  const head = text.slice(from, Math.min(text.length, limit));
  const lineBreak = head.indexOf('\n');
  const line = lineBreak === -1 ? head : head.slice(0, lineBreak);
  return from + firstSentenceEnd(line);
}

/** Words for the fold in messages: "~210 characters (about 3 lines)". */
export function foldText(chars: number, lines: number): string {
  return Number.isFinite(lines) && lines > 0 ? `~${chars} characters (about ${lines} lines)` : `~${chars} characters`;
}

/** A character inside a word (a cut between two of them splits the word). */
const WORD = /[\p{L}\p{M}\p{N}_'’]/u;

function check(ctx: RuleContext): RuleFinding[] {
  const norms = draftNorms(ctx);
  const model = foldModels(norms.platform, norms.kind, norms.xPremium)[0];
  const text = ctx.text;
  if (!model) return [];
  const start = text.search(/\S/);
  if (start < 0) return [];
  const fold = foldEnd(text, model);
  if (fold >= text.length) return [];
  const end = hookEnd(text, start, fold + HOOK_LOOKAHEAD);
  if (end <= fold) return [];
  // The hook runs past the fold: mark from the fold (the whole word it cuts: the network folds
  // before it) to where its sentence or line ends.
  let from = fold;
  while (from > start && WORD.test(text[from - 1]!) && WORD.test(text[from]!)) from--;
  return [
    {
      messageId: 'hookPastFold',
      spans: [{ start: from, end }],
      data: { fold: model.chars, foldText: foldText(model.chars, model.lines), platform: norms.platformName },
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
        message: 'The first sentence runs past what {platform} shows before "see more" ({foldText}).',
        explanation:
          '{platform} folds posts after {foldText} on a computer screen, less on a phone, so most ' +
          'readers decide from the first line alone. A short opening line that makes the point (or a ' +
          'line break after it) keeps the hook in view.',
      },
    },
  },
  check: memoCheck(ID, check),
});
