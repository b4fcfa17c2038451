/** norms/hashtags: more hashtags than the platform caps or its users are used to. */
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import type { Edit, Fix, Span } from '../../schemas';
import type { Entity } from '../../text/entities';
import { tidyCuts, type Cut } from '../../norms/removal';
import { memoCheck } from '../../norms/shared';
import { entitiesOf } from '../../text/entities';
import { draftNorms } from '../../norms/table';

const ID = 'norms/hashtags';

/** Letters and digits: a word right before a hashtag makes it part of a sentence. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Removes the hashtags from index `keep` on (or all but the indexes in `keep`), each with what is
 * glued to it. A tag in a run of tags ("#a #b #c", anywhere on its
 * line) or trailing its line goes with its space; a tag inside a sentence ("we love #coffee and
 * #tea") only loses its '#', so the sentence still reads.
 */
export function removeHashtags(text: string, all: readonly Entity[], keep: number | ReadonlySet<number>): Fix['edits'] {
  const cuts: Cut[] = [];
  const unhash: Edit[] = [];
  let trailing = false;
  const kept = (index: number) => (typeof keep === 'number' ? index < keep : keep.has(index));
  // Each tag with what is glued to it decides (and goes) as one piece.
  const pieces = all.map((tag, i) => ({ ...tag, ...withGlued(text, tag, all[i - 1], all[i + 1]) }));
  for (let index = pieces.length - 1; index >= 0; index--) {
    const piece = pieces[index]!;
    trailing = endsItsLine(text, piece, pieces[index + 1], trailing);
    if (kept(index)) continue;
    const inRun = besideOnLine(text, pieces[index - 1], piece) || besideOnLine(text, piece, pieces[index + 1]);
    const partOfSentence = startsSentenceRun(text, piece, pieces[index - 1]) || runsIntoSentence(text, piece, pieces[index + 1]);
    if ((trailing || inRun) && !partOfSentence) cuts.push(piece);
    else unhash.push({ start: all[index]!.start, end: all[index]!.start + 1, text: '' });
  }
  return tidyCuts(text, cuts, unhash);
}

const PUNCTUATION_ONLY = /^\p{P}*$/u;
const TRAILING_PUNCTUATION = /\p{P}+$/u;
/** What may follow the last tag of a line: spaces and a closing mark ("… #a #b!"). */
const LINE_END = /^[\s\p{P}]*$/u;
const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);

/**
 * The tag with whatever is glued to it (no space between): "#FelizLunes🌍" goes whole, and so does
 * "#Feliz-Lunes", of which twitter-text reads only "#Feliz". Stops at a neighbouring tag.
 */
function withGlued(text: string, tag: Span, prev: Span | undefined, next: Span | undefined): Cut {
  let start = tag.start;
  const floor = prev ? prev.end : 0;
  while (start > floor && !isSpace(text[start - 1])) start--;
  if (PUNCTUATION_ONLY.test(text.slice(start, tag.start))) start = tag.start;
  let end = tag.end;
  const ceiling = next ? next.start : text.length;
  while (end < ceiling && !isSpace(text[end])) end++;
  // Sentence punctuation after the glued part stays: "… #Feliz-Lunes!" keeps its "!".
  end = tag.end + text.slice(tag.end, end).replace(TRAILING_PUNCTUATION, '').length;
  return { start, end };
}

/** True when only hashtags and spaces follow the tag on its line (`nextTrailing`: same for the next tag). */
function endsItsLine(text: string, tag: Entity, next: Entity | undefined, nextTrailing: boolean): boolean {
  if (!next) {
    const lineEnd = text.indexOf('\n', tag.end);
    return LINE_END.test(text.slice(tag.end, lineEnd === -1 ? text.length : lineEnd));
  }
  const gap = text.slice(tag.end, next.start);
  if (gap.trim() !== '') return false;
  return gap.includes('\n') || nextTrailing;
}

/** True when two tags stand side by side on one line, with only spaces between them. */
function besideOnLine(text: string, first: Entity | undefined, second: Entity | undefined): boolean {
  if (!first || !second) return false;
  const gap = text.slice(first.end, second.start);
  return gap.trim() === '' && !gap.includes('\n');
}

/** True when the tag closes its run and a word follows it, as in "#tbt #memories of our shop". */
function runsIntoSentence(text: string, tag: Entity, next: Entity | undefined): boolean {
  if (besideOnLine(text, tag, next)) return false;
  let p = tag.end;
  while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
  if (p >= text.length || /^(?:https?:\/\/|www\.)/i.test(text.slice(p, p + 8))) return false;
  return WORD_CHAR.test(text[p]!);
}

/** True when the tag opens its run of tags right after a word, as in "I love #coffee #tea". */
function startsSentenceRun(text: string, tag: Entity, prev: Entity | undefined): boolean {
  if (prev) {
    const gap = text.slice(prev.end, tag.start);
    if (gap.trim() === '' && !gap.includes('\n')) return false;
  }
  let p = tag.start - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  if (p < 0 || !WORD_CHAR.test(text[p]!)) return false;
  // A link before the run ("… https://a.co/x #a #b") is not a word of a sentence.
  let from = p;
  while (from > 0 && !isSpace(text[from - 1])) from--;
  return !/^(?:https?:\/\/|www\.)/i.test(text.slice(from, from + 8));
}

function check(ctx: RuleContext): RuleFinding[] {
  const norms = draftNorms(ctx);
  const tags = entitiesOf(ctx).hashtags;
  const count = tags.length;
  const overCap = norms.hashtagCap !== null && count > norms.hashtagCap;
  if (!overCap && count <= norms.hashtagMax) return [];
  const keep = Math.min(norms.hashtagMax, norms.hashtagCap ?? Infinity);
  const drop = tags.slice(keep);
  const data = {
    count,
    keep,
    habit: norms.habitText,
    cap: norms.hashtagCap,
    platform: norms.platformName,
    summary: overCap
      ? `${count} hashtags (${norms.platformName} cap: ${norms.hashtagCap})`
      : `${count} hashtags (${norms.platformName} habit: ${norms.habitText})`,
  };
  const label = keep === 0 ? 'Remove the hashtags' : `Keep the first ${keep === 1 ? 'hashtag' : `${keep} hashtags`}`;
  return [
    {
      messageId: overCap ? 'overCap' : 'overHabit',
      severity: overCap ? 'fix' : 'warn',
      spans: drop.map(({ start, end }) => ({ start, end })),
      fix: { label, edits: removeHashtags(ctx.text, tags, keep) },
      data,
    },
  ];
}

export default defineRule({
  meta: {
    id: ID,
    category: 'platform-norms',
    description: 'Flags more hashtags than the platform allows or than its users are used to.',
    severity: 'warn',
    messages: {
      overCap: {
        message: '{count} hashtags: {platform} accepts at most {cap} per post.',
        explanation:
          '{platform} accepts at most {cap} hashtags per post (Instagram cut its cap from 30 to 5 in ' +
          'late 2025); a caption over the cap may not post or may lose its tags. Keep the {cap} that ' +
          'describe the post best.',
      },
      overHabit: {
        message: '{count} hashtags; on {platform} the habit is {habit}.',
        explanation:
          'On {platform} people use {habit} hashtags. More reads as spam or as a post written for ' +
          'another network, and does not bring more reach. Keep the few that matter.',
      },
    },
  },
  check: memoCheck(ID, check),
});
