/** norms/hashtags: more hashtags than the platform caps or its users are used to. */
import { defineRule, type RuleContext, type RuleFinding } from '../../rule';
import type { Edit, Fix } from '../../schemas';
import type { Entity } from '../../text/entities';
import { tidyCuts, type Cut } from '../../norms/removal';
import { memoCheck } from '../../norms/shared';
import { entitiesOf } from '../../text/entities';
import { draftNorms } from '../../norms/table';

const ID = 'norms/hashtags';

/** Letters and digits: a word right before a hashtag makes it part of a sentence. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Removes the hashtags from index `keep` on. A tag in a run of tags ("#a #b #c", anywhere on its
 * line) or trailing its line goes with its space; a tag inside a sentence ("we love #coffee and
 * #tea") only loses its '#', so the sentence still reads.
 */
export function removeHashtags(text: string, all: readonly Entity[], keep: number): Fix['edits'] {
  const cuts: Cut[] = [];
  const unhash: Edit[] = [];
  let trailing = false;
  for (let index = all.length - 1; index >= Math.max(0, keep); index--) {
    const tag = all[index]!;
    trailing = endsItsLine(text, tag, all[index + 1], trailing);
    const inRun = besideOnLine(text, all[index - 1], tag) || besideOnLine(text, tag, all[index + 1]);
    const partOfSentence = startsSentenceRun(text, tag, all[index - 1]) || runsIntoSentence(text, tag, all[index + 1]);
    if ((trailing || inRun) && !partOfSentence) cuts.push(tag);
    else unhash.push({ start: tag.start, end: tag.start + 1, text: '' });
  }
  return tidyCuts(text, cuts, unhash);
}

/** True when only hashtags and spaces follow the tag on its line (`nextTrailing`: same for the next tag). */
function endsItsLine(text: string, tag: Entity, next: Entity | undefined, nextTrailing: boolean): boolean {
  if (!next) {
    const lineEnd = text.indexOf('\n', tag.end);
    return text.slice(tag.end, lineEnd === -1 ? text.length : lineEnd).trim() === '';
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
  return p >= 0 && WORD_CHAR.test(text[p]!);
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
