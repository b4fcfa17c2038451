/** What the history index answers and how it is tuned: the types its users and its implementation share. */
import type { HistoryItem, Kind, Platform } from '../schemas';

/** A history item as the index keeps it (what the looking-back checks read; no reply context). */
export interface IndexedPost {
  id: string;
  platform: Platform;
  kind: Kind;
  text: string;
  /** Publication time, epoch milliseconds; UNKNOWN_TIME (older than anything) when unreadable. */
  time: number;
  account?: string;
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
  /**
   * 0..1, 1 for the same text once case, spacing, punctuation, emoji, links, @mentions and the
   * trailing hashtags are set aside: the larger of the Jaccard index and the containment of the
   * shorter text in the longer (word bigrams), so a cut or an expansion of a post scores high too.
   */
  similarity: number;
  /**
   * The query text's size over the post's (in shingles): well below 1 when the query is a cut of
   * the post (an X version of a LinkedIn post), well above when it expands it.
   */
  sizeRatio?: number;
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
  /**
   * Items whose text nearly equals `text`, most similar first, then newest. Candidates come from
   * shared word bigrams; bigrams too common to list are skipped, so a post sharing only those is
   * found when its text is the same, not when merely similar.
   */
  findSimilar(text: string, query?: SimilarQuery): SimilarMatch[];
  /** The newest items on one platform, newest first. */
  recent(platform: Platform, query: RecentQuery): IndexedPost[];
}

/** Tuning of the index; the defaults suit histories up to a few hundred thousand posts. */
export interface HistoryIndexOptions {
  /**
   * A shingle held by more posts than this is too common to look up (its list stops growing);
   * a near-duplicate still shares plenty of rarer ones. Default 128.
   */
  postingCap?: number;
}

/** Sizes of an index's parts, for benchmarks and diagnostics. */
export interface HistoryIndexStats {
  posts: number;
  distinctShingles: number;
  postings: number;
  /** Bytes held by the typed arrays (texts and post objects not included). */
  typedArrayBytes: number;
}
