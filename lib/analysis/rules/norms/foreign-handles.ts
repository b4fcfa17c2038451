/** norms/foreign-handles: @handles that do not link on this network. */
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import type { Span } from '../../schemas';
import { memoCheck } from '../../norms/shared';
import { entitiesOf } from '../../text/entities';
import { draftNorms } from '../../norms/table';

const ID = 'norms/foreign-handles';

/** A handle as typed, which may run past what twitter-text takes (20 characters, no dots). */
interface Handle extends Span {
  /** Without the '@'. */
  name: string;
  dotted: boolean;
}

const HANDLE_CHAR = /[A-Za-z0-9_]/;
/** "@10am", "@5pm": times written with '@', not handles. */
const TIME = /^\d{1,2}(?::?\d{2})?(?:am|pm|h)?$/i;

/** Extends a mention over the rest of its letters and over ".segments" (Instagram-style handles). */
function fullHandle(text: string, start: number, end: number): Handle {
  let stop = end;
  let dotted = false;
  for (;;) {
    while (stop < text.length && HANDLE_CHAR.test(text[stop]!)) stop++;
    if (text[stop] === '.' && HANDLE_CHAR.test(text[stop + 1] ?? '')) {
      dotted = true;
      stop++;
      continue;
    }
    break;
  }
  return { start, end: stop, name: text.slice(start + 1, stop), dotted };
}

const list = (handles: Handle[]) => handles.map((h) => `@${h.name}`).join(', ');
const spans = (handles: Handle[]) => handles.map(({ start, end }) => ({ start, end }));

function check(ctx: RuleContext): RuleFinding[] {
  const mentions = entitiesOf(ctx).mentions;
  if (mentions.length === 0) return [];
  const norms = draftNorms(ctx);
  const platform = norms.platformName;
  const handles = mentions.map((m) => fullHandle(ctx.text, m.start, m.end)).filter((h) => !TIME.test(h.name));
  if (handles.length === 0) return [];
  const rule = norms.handles;
  if (!rule) {
    return [
      {
        messageId: 'notTagged',
        severity: 'info',
        spans: spans(handles),
        data: { handles: list(handles), count: handles.length, platform, summary: `@handles don't tag on ${platform}` },
      },
    ];
  }
  const findings: RuleFinding[] = [];
  const dotted = rule.dots ? [] : handles.filter((h) => h.dotted);
  const long = handles.filter((h) => !dotted.includes(h) && h.name.length > rule.maxLength);
  if (dotted.length) {
    findings.push({
      messageId: 'dotted',
      spans: spans(dotted),
      data: { handles: list(dotted), platform, summary: `${list(dotted)}: not a handle on ${platform}` },
    });
  }
  if (long.length) {
    findings.push({
      messageId: 'tooLong',
      spans: spans(long),
      data: { handles: list(long), max: rule.maxLength, platform, summary: `${list(long)}: too long for ${platform}` },
    });
  }
  return findings;
}

export default defineRule({
  meta: {
    id: ID,
    category: 'platform-norms',
    description: 'Flags @handles that will not link to anyone on this network.',
    severity: 'warn',
    messages: {
      notTagged: {
        message: 'On {platform}, a typed @handle tags no one: {handles}.',
        explanation:
          '{platform} tags people and pages by name: type @ and pick them from the list. A handle ' +
          'copied from X or Instagram stays plain text and notifies no one.',
      },
      dotted: {
        message: '{handles} cannot be a handle on {platform} (it has a dot); it looks like an Instagram one.',
        explanation:
          '{platform} handles are letters, digits and _ only, so {platform} links just the part before ' +
          "the dot, which may be someone else. Use the account's {platform} handle.",
      },
      tooLong: {
        message: '{handles} is longer than {platform} handles can be ({max} characters).',
        explanation:
          'A {platform} handle has at most {max} characters, so this one belongs to another network ' +
          'or is misspelt; it will not link to the account you mean.',
      },
    },
  },
  check: memoCheck(ID, check),
});
