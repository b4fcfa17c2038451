/** norms/thread-markers: "1/5", "(1/5)", 🧵 or "a thread 👇" on a network without threads. */
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import { tidyCuts } from '../../norms/removal';
import { linesOf, memoCheck } from '../../norms/shared';
import { draftNorms } from '../../norms/table';
import { findThreadMarkers } from '../../norms/thread-markers';

const ID = 'norms/thread-markers';

/** Cheap test before the line scan: a marker needs a '/', 🧵 or the word "thread". */
const MAYBE = /\/|🧵|thread/i;

function check(ctx: RuleContext): RuleFinding[] {
  const norms = draftNorms(ctx);
  if (norms.threads || !MAYBE.test(ctx.text)) return [];
  const markers = findThreadMarkers(ctx.text, linesOf(ctx));
  if (markers.length === 0) return [];
  const first = ctx.text.slice(markers[0]!.span.start, markers[0]!.span.end);
  return [
    {
      messageId: 'threadMarker',
      spans: markers.map((m) => m.span),
      fix: {
        label: markers.length === 1 ? 'Remove the thread marker' : 'Remove the thread markers',
        edits: tidyCuts(
          ctx.text,
          markers.map((m) => m.cut),
        ),
      },
      data: { marker: first, count: markers.length, platform: norms.platformName, summary: `thread marker "${first}" outside X` },
    },
  ];
}

export default defineRule({
  meta: {
    id: ID,
    category: 'platform-norms',
    description: 'Flags thread markers such as "1/5" or 🧵 on networks that have no threads.',
    severity: 'warn',
    messages: {
      threadMarker: {
        message: '"{marker}" is an X thread marker; {platform} has no threads.',
        explanation:
          'Numbered posts ("1/5"), 🧵 and "a thread 👇" are how X strings posts together. On {platform} ' +
          'the reader sees one post, so the marker points to posts that are not there and shows the ' +
          'text was cross-posted. Make this post stand on its own.',
      },
    },
  },
  check: memoCheck(ID, check),
});
