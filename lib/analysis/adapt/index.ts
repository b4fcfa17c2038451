/**
 * adapt(): one deterministic rewrite of a draft for another network, applying every safe norm fix
 * together — Markdown stripped, thread markers dropped outside X, hashtags down to the network's
 * habit (the most specific kept), "link in bio" ↔ the link, foreign @handles to names, the hook
 * before the fold, and on X a long draft as a numbered thread. Pure; the result, analysed again
 * for the target, has no platform-norms finding left that a rewrite can safely remove.
 */
import { createRuleContext, runRules, type AnalysisContext } from '../analyze';
import { buildHistoryIndex, type HistoryIndex } from '../history/index';
import { findMarkdown } from '../norms/markdown';
import { foldEnd, foldModels } from '../norms/fold';
import { normalizeEdits, tidyCuts, type Cut } from '../norms/removal';
import { splitLines } from '../norms/shared';
import { draftNorms } from '../norms/table';
import { findThreadMarkers } from '../norms/thread-markers';
import { removeHashtags } from '../rules/norms/hashtags';
import { hookEnd } from '../rules/norms/see-more';
import { LINK_IN_BIO, isFullLink } from '../rules/norms/links';
import { normsRules } from '../rules/norms/index';
import { PLATFORM_NAMES, type Draft, type Edit, type HistoryItem, type Kind, type Platform } from '../schemas';
import { extractEntities, type Entity } from '../text/entities';
import { applyFix } from '../text/fix';
import { splitThread } from './thread';

/** Someone the user knows, by handle, with the name to use where handles do not tag. */
export interface KnownContact {
  handle: string;
  name: string;
  platform?: Platform;
}

export interface AdaptContext extends AnalysisContext {
  /** Names for @handles, from the user's contacts. */
  contacts?: readonly KnownContact[];
}

/** What adapt() made of a draft. */
export interface Adaptation {
  target: Platform;
  kind: Kind;
  /** The adapted text (an X thread's parts joined by blank lines). */
  text: string;
  /** One element, or the parts of an X thread. */
  parts: string[];
  /** What was changed, one short sentence each. */
  changes: string[];
  /** What the writer should still do by hand (tag someone by name, post a link in a comment). */
  notes: string[];
}

/** A draft's kind on another network: X has replies, the others comments. */
export function kindOn(target: Platform, kind: Kind): Kind {
  if (kind === 'post') return 'post';
  return target === 'x' ? 'reply' : 'comment';
}

type Step = (text: string, env: Env) => string;

interface Env {
  target: Platform;
  kind: Kind;
  draft: Draft;
  context: AdaptContext;
  changes: string[];
  notes: string[];
}

const apply = (text: string, edits: readonly Edit[]) => (edits.length ? applyFix(text, { label: '', edits: normalizeEdits(edits) }) : text);

const stripMarkdown: Step = (text, env) => {
  const marks = findMarkdown(text);
  if (!marks.length) return text;
  env.changes.push('Removed the Markdown symbols.');
  return apply(
    text,
    marks.flatMap((m) => m.edits),
  );
};

const dropThreadMarkers: Step = (text, env) => {
  if (env.target === 'x') return text;
  const markers = findThreadMarkers(text, splitLines(text));
  if (!markers.length) return text;
  env.changes.push(`Removed the thread marker${markers.length === 1 ? '' : 's'} (${PLATFORM_NAMES[env.target]} has no threads).`);
  return apply(
    text,
    tidyCuts(
      text,
      markers.map((m) => m.cut),
    ),
  );
};

/** Tags everyone uses; a tag that names the topic tells more. */
const GENERIC_TAGS = new Set(
  (
    'love instagood photooftheday fashion beautiful happy cute tbt like4like followme picoftheday follow me selfie ' +
    'summer art instadaily friends repost nature girl fun style smile food instalike family travel fitness igers ' +
    'tagsforlikes follow4follow nofilter life beauty amazing instagram photography photo motivation business ' +
    'marketing success inspiration linkedin socialmedia news sale new today goals mondaymotivation viral trending ' +
    'fyp explore explorepage instamood'
  ).split(' '),
);

/** The indexes of the `n` most specific tags: not generic, then longer, then earlier. */
export function mostSpecific(tags: readonly Entity[], n: number): Set<number> {
  const score = (t: Entity) => (GENERIC_TAGS.has(t.value.toLowerCase()) ? 0 : 1000 + [...t.value].length);
  const ranked = tags.map((t, i) => ({ i, s: score(t) })).sort((a, b) => b.s - a.s || a.i - b.i);
  return new Set(ranked.slice(0, Math.max(0, n)).map((r) => r.i));
}

function normsFor(env: Env, text: string) {
  const { ctx } = createRuleContext({ ...env.draft, platform: env.target, kind: env.kind, text }, { ...env.context });
  return draftNorms(ctx);
}

const trimHashtags: Step = (text, env) => {
  const tags = extractEntities(text).hashtags;
  const norms = normsFor(env, text);
  const keep = Math.min(norms.hashtagMax, norms.hashtagCap ?? Infinity);
  if (tags.length <= keep) return text;
  const kept = mostSpecific(tags, keep);
  const names = [...kept].sort((a, b) => a - b).map((i) => `#${tags[i]!.value}`);
  env.changes.push(
    keep === 0
      ? 'Removed the hashtags.'
      : `Kept ${keep === 1 ? 'the most specific hashtag' : `the ${keep} most specific hashtags`} (${names.join(' ')}) of ${tags.length}.`,
  );
  return apply(text, removeHashtags(text, tags, kept));
};

/** The link a cross-post of this text used on a network where links work, most similar first. */
function knownLink(env: Env): string | undefined {
  const index = env.context.history as HistoryIndex;
  for (const match of index.findSimilar(env.draft.text, { minSimilarity: 0.5, limit: 20 })) {
    if (match.post.platform === 'instagram') continue;
    const link = extractEntities(match.post.text).urls.find((u) => isFullLink(u.value));
    if (link) return link.value;
  }
  return undefined;
}

const fixLinks: Step = (text, env) => {
  if (env.target === 'instagram') {
    const links = extractEntities(text).urls.filter((u) => isFullLink(u.value));
    if (!links.length) return text;
    const [first, ...rest] = links;
    const mentionsBio = new RegExp(LINK_IN_BIO.source, 'iu').test(text);
    const edits: Edit[] = [];
    const cuts: Cut[] = rest.map(({ start, end }) => ({ start, end }));
    if (mentionsBio) cuts.push({ start: first!.start, end: first!.end });
    else edits.push({ start: first!.start, end: first!.end, text: 'link in bio' });
    env.changes.push(`Replaced the bare link${links.length === 1 ? '' : 's'} with "link in bio" (links don't work in Instagram captions).`);
    env.notes.push(`Put ${first!.value} in your Instagram bio.`);
    return apply(text, tidyCuts(text, cuts, edits));
  }
  if (!/bio|profile/i.test(text)) return text;
  const matches = [...text.matchAll(new RegExp(LINK_IN_BIO.source, 'giu'))];
  if (!matches.length) return text;
  const link = knownLink(env);
  const place = env.target === 'x' ? 'link below' : 'link in the comments';
  const replacement = link ? `link: ${link}` : place;
  const edits = matches.map((m) => ({ start: m.index, end: m.index + m[0].length, text: capitalLike(m[0], replacement) }));
  if (link) env.changes.push(`Replaced "link in bio" with the link your ${PLATFORM_NAMES[env.target]} posts used.`);
  else {
    env.changes.push(`Replaced "link in bio" with "${place}".`);
    env.notes.push(env.target === 'x' ? 'Post the link in a reply under this post.' : 'Post the link as the first comment.');
  }
  return apply(text, edits);
};

const capitalLike = (original: string, text: string) => (/^\p{Lu}/u.test(original) ? text[0]!.toUpperCase() + text.slice(1) : text);

const HANDLE_CHAR = /[A-Za-z0-9_.]/;

const fixHandles: Step = (text, env) => {
  const norms = normsFor(env, text);
  const rule = norms.handles;
  const mentions = extractEntities(text).mentions.map((m) => {
    let end = m.end;
    while (end < text.length && HANDLE_CHAR.test(text[end]!) && !(text[end] === '.' && !HANDLE_CHAR.test(text[end + 1] ?? ' '))) end++;
    return { start: m.start, end, name: text.slice(m.start + 1, end) };
  });
  const foreign = mentions.filter((m) => {
    if (/^\d{1,2}(?::?\d{2})?(?:am|pm|h)?$/i.test(m.name)) return false;
    if (!rule) return true;
    return (!rule.dots && m.name.includes('.')) || m.name.length > rule.maxLength;
  });
  if (!foreign.length) return text;
  const edits: Edit[] = [];
  const named = new Set<string>();
  const plain = new Set<string>();
  for (const m of foreign) {
    const contact = (env.context.contacts ?? []).find(
      (c) => c.handle.replace(/^@/, '').toLowerCase() === m.name.toLowerCase() && c.name.trim(),
    );
    if (contact) {
      edits.push({ start: m.start, end: m.end, text: contact.name.trim() });
      named.add(`@${m.name} → ${contact.name.trim()}`);
    } else {
      edits.push({ start: m.start, end: m.start + 1, text: '' });
      plain.add(`@${m.name}`);
    }
  }
  const where = PLATFORM_NAMES[env.target];
  const list = (set: Set<string>) => [...set].join(', ');
  if (named.size) env.changes.push(`Replaced handles with names: ${list(named)}.`);
  if (plain.size) {
    env.changes.push(`Took the "@" off ${list(plain)} (not ${where === 'X' ? 'an' : 'a'} ${where} handle).`);
    env.notes.push(
      rule
        ? `Use the ${where} handle of ${list(plain)} if they have one.`
        : `Tag ${list(plain)} by name on ${where}: type @ and pick them from the list.`,
    );
  }
  return apply(text, edits);
};

/** Where the opening line may break: after a clause mark, else at the last space before the fold. */
const CLAUSE_BREAK = /[,;:—–](?=\s)|\s[—–-](?=\s)/gu;

const hookBeforeFold: Step = (text, env) => {
  const norms = normsFor(env, text);
  const model = foldModels(env.target, env.kind, norms.xPremium)[0];
  if (!model) return text;
  const start = text.search(/\S/);
  if (start < 0) return text;
  const fold = foldEnd(text, model);
  if (fold >= text.length || hookEnd(text, start, fold + 400) <= fold) return text;
  const head = text.slice(start, fold);
  let at = -1;
  for (const m of head.matchAll(CLAUSE_BREAK)) if (m.index + m[0].length >= head.length * 0.3) at = m.index + m[0].length;
  if (at < 0) at = head.lastIndexOf(' ');
  if (at <= 0) return text;
  const offset = start + at;
  // Replace the spaces at the break with one line break.
  let end = offset;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  let begin = offset;
  while (begin > start && (text[begin - 1] === ' ' || text[begin - 1] === '\t')) begin--;
  env.changes.push(`Broke the opening line so the hook fits before "see more" on ${PLATFORM_NAMES[env.target]}.`);
  return `${text.slice(0, begin)}\n${text.slice(end)}`;
};

const STEPS: readonly Step[] = [stripMarkdown, dropThreadMarkers, fixLinks, fixHandles, trimHashtags];

/** Fixes the remaining norms findings offer, a second safety net after the steps. */
function applyRemainingFixes(text: string, env: Env): string {
  for (let pass = 0; pass < 3; pass++) {
    const findings = normFindings(text, env).filter((f) => f.fix && f.fix.edits.length);
    if (!findings.length) return text;
    text = applyFix(text, findings[0]!.fix!);
  }
  return text;
}

/** The platform-norms findings of a text on the target network. */
export function normFindings(text: string, env: Pick<Env, 'draft' | 'target' | 'kind' | 'context'>) {
  const { ctx } = createRuleContext({ ...env.draft, platform: env.target, kind: env.kind, text }, env.context);
  return runRules(ctx, normsRules);
}

/** Rewrites a draft for `target`, applying every safe norm fix at once. */
export function adapt(draft: Draft, target: Platform, input: AdaptContext): Adaptation {
  const kind = kindOn(target, draft.kind);
  const history = input.history;
  const index =
    history && !Array.isArray(history) ? (history as HistoryIndex) : buildHistoryIndex((history ?? []) as readonly HistoryItem[]);
  const context: AdaptContext = { ...input, history: index };
  const env: Env = { target, kind, draft, context, changes: [], notes: [] };
  let text = draft.text;
  for (const step of STEPS) text = step(text, env);
  text = applyRemainingFixes(text, env);
  const norms = normsFor(env, text);
  let parts = [text];
  if (target === 'x' && kind === 'post' && !norms.xPremium) {
    const thread = splitThread(text.trim(), norms.limit);
    if (thread.length > 1) {
      env.changes.push(`Split into a thread of ${thread.length} posts, each within 280 characters.`);
      parts = thread;
      text = thread.join('\n\n');
    }
  } else {
    text = hookBeforeFold(text, env);
    parts = [text];
    const over = normFindings(text, env).find((f) => f.ruleId === 'norms/length');
    if (over) env.notes.push(`Still too long for ${PLATFORM_NAMES[target]}: ${over.data?.summary ?? over.message} Shorten it by hand.`);
  }
  return { target, kind, text, parts, changes: env.changes, notes: env.notes };
}
