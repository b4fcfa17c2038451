/**
 * The user's own published history, indexed for the checks that look back: near-duplicate
 * lookup (cross-posting, canned replies) and the newest posts per platform (80/20 ratio).
 * Built once (the background keeps it warm) and queried on every keystroke.
 */
import type { HistoryItem, Kind, Platform, ReplyContext } from '../schemas';
import { isPromotional } from '../cta/promotional';

/** A history item as the index keeps it. */
export interface IndexedPost {
  id: string;
  platform: Platform;
  kind: Kind;
  text: string;
  /** Publication time, epoch milliseconds. */
  time: number;
  account?: string;
  replyTo?: ReplyContext;
  promotional: boolean;
}

export interface SimilarQuery {
  /** Only items published at or after this time (epoch ms). */
  since?: number;
  /** Only items of these kinds. */
  kinds?: readonly Kind[];
  /** Smallest similarity (0..1) to return; default 0.8. */
  minSimilarity?: number;
  /** Most matches to return; default 10. */
  limit?: number;
}

export interface SimilarMatch {
  post: IndexedPost;
  /** 0..1, 1 for the same text once hashtags, links, case and spacing are set aside. */
  similarity: number;
}

export interface RecentQuery {
  kinds?: readonly Kind[];
  /** Only this account's items (items without an account match any). */
  account?: string;
  /** Only items published before this time (epoch ms). */
  before?: number;
  limit: number;
}

export interface HistoryIndex {
  readonly size: number;
  /** Adds one published item (the background calls this as posts are recorded). */
  add(item: HistoryItem): IndexedPost;
  /** Items whose text nearly equals `text`, most similar first, then newest. */
  findSimilar(text: string, query?: SimilarQuery): SimilarMatch[];
  /** The newest items on one platform, newest first. */
  recent(platform: Platform, query: RecentQuery): IndexedPost[];
}

/** Epoch milliseconds of a history item's postedAt (ISO string or number); NaN when unreadable. */
export function toTime(postedAt: HistoryItem['postedAt']): number {
  return typeof postedAt === 'number' ? postedAt : Date.parse(postedAt);
}

/** Indexes a history (items need not be sorted). */
export function buildHistoryIndex(items: readonly HistoryItem[] = []): HistoryIndex {
  return new SimpleHistoryIndex(items);
}

/** Placeholder implementation: linear scans. The history issue's index replaces it. */
class SimpleHistoryIndex implements HistoryIndex {
  private posts: IndexedPost[] = [];
  private counter = 0;

  constructor(items: readonly HistoryItem[]) {
    for (const item of items) this.add(item);
  }

  get size(): number {
    return this.posts.length;
  }

  add(item: HistoryItem): IndexedPost {
    const post: IndexedPost = {
      id: item.id ?? `h${this.counter++}`,
      platform: item.platform,
      kind: item.kind,
      text: item.text,
      time: toTime(item.postedAt),
      account: item.account,
      replyTo: item.replyTo,
      promotional: item.promotional ?? isPromotional(item.text),
    };
    this.posts.push(post);
    return post;
  }

  findSimilar(text: string, query: SimilarQuery = {}): SimilarMatch[] {
    const min = query.minSimilarity ?? 0.8;
    const words = new Set(normalizeWords(text));
    const out: SimilarMatch[] = [];
    for (const post of this.posts) {
      if (query.since !== undefined && !(post.time >= query.since)) continue;
      if (query.kinds && !query.kinds.includes(post.kind)) continue;
      const other = new Set(normalizeWords(post.text));
      let shared = 0;
      for (const w of words) if (other.has(w)) shared++;
      const union = words.size + other.size - shared;
      const similarity = union === 0 ? 0 : shared / union;
      if (similarity >= min) out.push({ post, similarity });
    }
    out.sort((a, b) => b.similarity - a.similarity || b.post.time - a.post.time);
    return out.slice(0, query.limit ?? 10);
  }

  recent(platform: Platform, query: RecentQuery): IndexedPost[] {
    return this.posts
      .filter(
        (p) =>
          p.platform === platform &&
          (!query.kinds || query.kinds.includes(p.kind)) &&
          (!query.account || !p.account || p.account === query.account) &&
          (query.before === undefined || p.time < query.before),
      )
      .sort((a, b) => b.time - a.time)
      .slice(0, query.limit);
  }
}

function normalizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
