/**
 * The history index behind buildHistoryIndex(): an inverted index of word-bigram shingles
 * (posting lists capped for common shingles) plus an index of whole fingerprints for exact
 * repeats, each post's sorted shingles in one shared pool for exact scoring, and per-platform and
 * kind timelines for recent(). Posts are numbered in time order at build (later add()s take the
 * next numbers), so a lookup with `since` walks each posting list only down to the window's start.
 */
import { isPromotional } from '../cta/promotional';
import { KINDS, type HistoryItem, type Kind, type Platform } from '../schemas';
import type {
  HistoryIndex,
  HistoryIndexOptions,
  HistoryIndexStats,
  IndexedPost,
  RecentQuery,
  SimilarMatch,
  SimilarQuery,
} from './index';
import { AddResult, PostingTable, growInt32 } from './posting-table';
import { intersectionSize, shingleSet, similarityOf } from './shingles';
import { toTime, UNKNOWN_TIME } from './time';
import { Timeline } from './timeline';

const DEFAULT_CAP = 256;
/** Exact repeats listed per lookup at most (newest first). */
const FINGERPRINT_LIMIT = 1024;
const KIND_BIT: Record<Kind, number> = { post: 1, reply: 2, comment: 4 };

export class ShingleHistoryIndex implements HistoryIndex {
  private readonly posts: IndexedPost[] = [];
  private readonly shingles: PostingTable;
  /** Whole-fingerprint hash → posts: an exact repeat is found however common its words are. */
  private readonly fingerprints = new PostingTable(Number.MAX_SAFE_INTEGER);
  private pool = new Int32Array(4096);
  private poolUsed = 0;
  private starts = new Int32Array(256);
  private lengths = new Int32Array(256);
  private times = new Float64Array(256);
  /** Largest time among posts 0..n: non-decreasing, so "first post that may be after t" is a binary search. */
  private maxTimes = new Float64Array(256);
  private kindBits = new Uint8Array(256);
  /** How many of each post's shingles are saturated (too common to be listed). */
  private saturated = new Int32Array(256);
  private readonly timeline = new Timeline(this.posts);
  private counter = 0;
  /** Scratch for findSimilar: shared-shingle counts per post (all zero between queries). */
  private hits = new Int32Array(256);
  private touched = new Int32Array(256);
  private readonly listed: Int32Array;
  private readonly listedExact = new Int32Array(FINGERPRINT_LIMIT);

  constructor(items: readonly HistoryItem[] = [], options: HistoryIndexOptions = {}) {
    this.shingles = new PostingTable(options.postingCap ?? DEFAULT_CAP, 1 << 14);
    this.listed = new Int32Array(this.shingles.cap);
    // Number posts oldest first (stable for equal times): lookups can then stop at `since`.
    const timed = items.map((item, i) => ({ item, i, time: timeOf(item) }));
    timed.sort((a, b) => a.time - b.time || a.i - b.i);
    for (const { item } of timed) this.store(item);
    this.timeline.insertAll(this.posts.keys());
    this.shingles.compact();
    this.fingerprints.compact();
    this.pool = this.pool.slice(0, Math.max(16, this.poolUsed));
  }

  get size(): number {
    return this.posts.length;
  }

  add(item: HistoryItem): IndexedPost {
    const post = this.store(item);
    this.timeline.insert(this.posts.length - 1);
    return post;
  }

  findSimilar(text: string, query: SimilarQuery = {}): SimilarMatch[] {
    const min = query.minSimilarity ?? 0.8;
    const limit = query.limit ?? 10;
    const q = shingleSet(typeof text === 'string' ? text : '');
    if (q.length === 0 || !(limit > 0) || this.posts.length === 0) return [];
    const since = query.since ?? -Infinity;
    let kindMask = 0;
    for (const kind of query.kinds ?? KINDS) kindMask |= KIND_BIT[kind] ?? 0;
    const firstPost = this.firstPostFrom(since);
    const { hits, touched, listed, shingles, times, kindBits } = this;
    let nTouched = 0;
    let skipped = 0;
    for (let i = 0; i < q.length; i++) {
      const slot = shingles.find(q[i]!);
      if (slot < 0) continue;
      if (shingles.saturatedAt(slot)) {
        skipped++;
        continue;
      }
      const k = shingles.collect(slot, firstPost, listed);
      for (let j = 0; j < k; j++) {
        const n = listed[j]!;
        if (!(times[n]! >= since) || (kindBits[n]! & kindMask) === 0) continue;
        if (hits[n] === 0) touched[nTouched++] = n;
        hits[n]!++;
      }
    }
    const exact = this.fingerprints.find(fingerprintOf(q));
    if (exact >= 0) {
      const k = this.fingerprints.collect(exact, firstPost, this.listedExact);
      for (let j = 0; j < k; j++) {
        const n = this.listedExact[j]!;
        if (hits[n] !== 0 || !(times[n]! >= since) || (kindBits[n]! & kindMask) === 0) continue;
        touched[nTouched++] = n;
        hits[n] = -1; // shares only common shingles: score it exactly
      }
    }
    const found: { match: SimilarMatch; n: number }[] = [];
    for (let i = 0; i < nTouched; i++) {
      const n = touched[i]!;
      const h = hits[n]!;
      hits[n] = 0;
      const size = this.lengths[n]!;
      // Skipped (common) shingles may be shared too, at most as many as the post holds: bound
      // first, merge the sorted sets only when the bound passes.
      if (h > 0 && similarityOf(h + Math.min(skipped, this.saturated[n]!), q.length, size) < min) continue;
      const shared = h > 0 && skipped === 0 ? h : intersectionSize(q, this.shinglesOf(n));
      const similarity = similarityOf(shared, q.length, size);
      if (similarity >= min && shared > 0) {
        found.push({ match: { post: this.posts[n]!, similarity, sizeRatio: q.length / size }, n });
      }
    }
    // Most similar, then newest, then the later numbered: a total order, so results are deterministic.
    found.sort((a, b) => b.match.similarity - a.match.similarity || times[b.n]! - times[a.n]! || b.n - a.n);
    return found.slice(0, limit).map((f) => f.match);
  }

  recent(platform: Platform, query: RecentQuery): IndexedPost[] {
    const account = query.account;
    return this.timeline.newest(
      platform,
      query.kinds ?? KINDS,
      query.before,
      query.limit,
      account ? (p) => !p.account || p.account === account : () => true,
    );
  }

  /** Sizes of the index's parts. */
  stats(): HistoryIndexStats {
    return {
      posts: this.posts.length,
      distinctShingles: this.shingles.keyCount,
      postings: this.shingles.postingCount,
      typedArrayBytes:
        this.shingles.bytes +
        this.fingerprints.bytes +
        this.pool.length * 4 +
        this.starts.length * (4 + 4 + 8 + 8 + 1 + 4 + 4 + 4),
    };
  }

  /** Records one item everywhere but the timeline. */
  private store(item: HistoryItem): IndexedPost {
    const text = typeof item.text === 'string' ? item.text : '';
    const id = item.id ?? `h${this.counter++}`;
    const time = timeOf(item);
    const { platform, kind, account, replyTo } = item;
    // The lazy property is added, not reconfigured, so all lazy posts keep one (fast) shape.
    const post: IndexedPost =
      typeof item.promotional === 'boolean'
        ? { id, platform, kind, text, time, account, replyTo, promotional: item.promotional }
        : Object.defineProperty({ id, platform, kind, text, time, account, replyTo } as IndexedPost, 'promotional', LAZY_PROMOTIONAL);
    const n = this.posts.length;
    this.posts.push(post);
    if (n === this.starts.length) this.growPerPost(Math.ceil(n * 1.5));
    const set = shingleSet(text);
    if (this.poolUsed + set.length > this.pool.length) {
      this.pool = growInt32(this.pool, Math.max(Math.ceil(this.pool.length * 1.5), this.poolUsed + set.length));
    }
    this.pool.set(set, this.poolUsed);
    this.starts[n] = this.poolUsed;
    this.lengths[n] = set.length;
    this.poolUsed += set.length;
    this.times[n] = post.time;
    this.maxTimes[n] = n === 0 ? post.time : Math.max(this.maxTimes[n - 1]!, post.time);
    this.kindBits[n] = KIND_BIT[post.kind] ?? 0;
    for (let i = 0; i < set.length; i++) {
      const result = this.shingles.add(set[i]!, n);
      if (result === AddResult.Added) continue;
      this.saturated[n]!++;
      if (result === AddResult.SaturatedNow) {
        const k = this.shingles.collect(this.shingles.lastSlot, 0, this.listed);
        for (let j = 0; j < k; j++) this.saturated[this.listed[j]!]!++;
      }
    }
    if (set.length > 0) this.fingerprints.add(fingerprintOf(set), n);
    return post;
  }

  private growPerPost(length: number): void {
    this.starts = growInt32(this.starts, length);
    this.lengths = growInt32(this.lengths, length);
    this.hits = growInt32(this.hits, length);
    this.touched = growInt32(this.touched, length);
    this.saturated = growInt32(this.saturated, length);
    const times = new Float64Array(length);
    times.set(this.times);
    this.times = times;
    const maxTimes = new Float64Array(length);
    maxTimes.set(this.maxTimes);
    this.maxTimes = maxTimes;
    const kindBits = new Uint8Array(length);
    kindBits.set(this.kindBits);
    this.kindBits = kindBits;
  }

  /** The first post number whose prefix-largest time reaches `since`: no earlier post is that recent. */
  private firstPostFrom(since: number): number {
    let lo = 0;
    let hi = this.posts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.maxTimes[mid]! < since) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private shinglesOf(n: number): Int32Array {
    const start = this.starts[n]!;
    return this.pool.subarray(start, start + this.lengths[n]!);
  }
}

/**
 * `promotional` decided from the text on first read, then kept: the detector is the slow part of a
 * build, and only the newest posts are ever asked (the 80/20 check). An own enumerable property,
 * so spreading, JSON and structured cloning see a plain boolean.
 */
const LAZY_PROMOTIONAL: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: IndexedPost): boolean {
    const value = isPromotional(this.text);
    Object.defineProperty(this, 'promotional', { value, writable: true, enumerable: true, configurable: true });
    return value;
  },
  set(this: IndexedPost, value: boolean): void {
    Object.defineProperty(this, 'promotional', { value, writable: true, enumerable: true, configurable: true });
  },
};

/** Publication time, with unreadable times as very old. */
function timeOf(item: HistoryItem): number {
  const time = toTime(item.postedAt);
  return Number.isNaN(time) ? UNKNOWN_TIME : time;
}

/** One hash for a whole shingle set. */
function fingerprintOf(set: Int32Array): number {
  let h = 0x2545f491 ^ set.length;
  for (let i = 0; i < set.length; i++) h = (Math.imul(h ^ set[i]!, 0x9e3779b1) + 0x7f4a7c15) | 0;
  return h;
}
