/**
 * URLs, hashtags and mentions with UTF-16 spans, through the official twitter-text extractors
 * (the same parsing X itself uses). Shared by every rule family through ctx.memo.
 */
import twitter from 'twitter-text';
import type { RuleContext } from '../rule';
import type { Span } from '../schemas';

export interface Entity extends Span {
  /** The entity without its sigil: the URL, the tag without '#', the handle without '@'. */
  value: string;
}

export interface Entities {
  urls: Entity[];
  hashtags: Entity[];
  mentions: Entity[];
}

/** Extracts the entities of a text; mentions inside URLs (medium.com/@jane/post) are not mentions. */
export function extractEntities(text: string): Entities {
  const toEntity = (value: string, indices: [number, number]): Entity => ({ value, start: indices[0], end: indices[1] });
  const urls = twitter.extractUrlsWithIndices(text).map((u) => toEntity(u.url, u.indices));
  const mentions = twitter.extractMentionsWithIndices(text).map((m) => toEntity(m.screenName, m.indices));
  return {
    urls,
    hashtags: twitter.extractHashtagsWithIndices(text).map((h) => toEntity(h.hashtag, h.indices)),
    mentions: urls.length ? mentions.filter((m) => !urls.some((u) => m.start < u.end && u.start < m.end)) : mentions,
  };
}

/** The entities of the text being analysed, extracted once per analysis and shared by every rule. */
export function entitiesOf(ctx: RuleContext): Entities {
  return ctx.memo('entities', () => extractEntities(ctx.text));
}
