/** norms/markdown: Markdown (**bold**, # headings, [links](…)) that shows as typed symbols. */
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import { findMarkdown } from '../../norms/markdown';
import { normalizeEdits } from '../../norms/removal';
import { memoCheck } from '../../norms/shared';
import { draftNorms } from '../../norms/table';

const ID = 'norms/markdown';

/** Cheap test before the regexes. */
const MAYBE = /\*\*|__|\]\(|^[ \t]{0,3}#{1,6}[ \t]/m;

function check(ctx: RuleContext): RuleFinding[] {
  if (!MAYBE.test(ctx.text)) return [];
  const marks = findMarkdown(ctx.text);
  if (marks.length === 0) return [];
  const norms = draftNorms(ctx);
  const kinds = [...new Set(marks.map((m) => m.kind))];
  const shown = kinds.map((k) => (k === 'link' ? '[links](…)' : k === 'heading' ? '# headings' : k)).join(', ');
  return [
    {
      messageId: 'markdown',
      spans: marks.map((m) => m.span),
      fix: { label: 'Remove the Markdown symbols', edits: normalizeEdits(marks.flatMap((m) => m.edits)) },
      data: { kinds: shown, count: marks.length, platform: norms.platformName, summary: `Markdown (${kinds.join(', ')})` },
    },
  ];
}

export default defineRule({
  meta: {
    id: ID,
    category: 'platform-norms',
    description: 'Flags Markdown, which all four networks show as typed symbols.',
    severity: 'warn',
    messages: {
      markdown: {
        message: '{platform} does not render Markdown ({kinds}): the symbols will show as typed.',
        explanation:
          'Posts on X, Facebook, LinkedIn and Instagram are plain text: asterisks, # headings and ' +
          '[text](link) appear exactly as typed, which looks like a text pasted from another tool. ' +
          'Use line breaks and plain words for emphasis, and paste links as they are.',
      },
    },
  },
  check: memoCheck(ID, check),
});
