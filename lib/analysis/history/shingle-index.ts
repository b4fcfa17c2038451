/**
 * The history index behind buildHistoryIndex(): an inverted index of word-bigram shingles
 * (posting lists capped for common shingles) plus an index of whole fingerprints for exact
 * repeats, each post's sorted shingles in one shared pool for exact scoring, and per-platform and
 * kind timelines for recent(). Posts are numbered in time order at build (later add()s take the
 * next numbers), so a lookup with `since` walks each posting list only down to the window's start.
 */
import { isPromotional } from '../cta/promotional';
import { KINDS, PLATFORMS, type HistoryItem, type Kind, type Platform } from '../schemas';
import type { HistoryIndex, HistoryIndexOptions, HistoryIndexStats, IndexedPost, RecentQuery, SimilarMatch, SimilarQuery } from './types';
import { AddResult, PostingTable, growInt32 } from './posting-table';
import { intersectionSize, shingleSet, similarityOf } from './shingles';
import { IndexSnapshotSchema, SNAPSHOT_FORMAT, packStrings, unpackString, type IndexSnapshot } from './snapshot';
import { toTime, UNKNOWN_TIME } from './time';
import { Timeline } from './timeline';

/**
 * Posts listed per shingle at most. Walking the lists is most of a lookup's cost; on 15k real
 * posts and tweets (the shared corpus) 64, 128 and 256 find exactly the same near-duplicates,
 * and 128 walks half of what 256 does on a history of common words.
 */
const DEFAULT_CAP = 128;
/** Exact repeats listed per lookup at most (newest first). */
const FINGERPRINT_LIMIT = 1024;
const KIND_BIT: Record<Kind, number> = { post: 1, reply: 2, comment: 4 };

export class ShingleHistoryIndex implements HistoryIndex {
  private readonly posts: IndexedPost[] = [];
  private shingles: PostingTable;
  /** Whole-fingerprint hash → posts: an exact repeat is found however common its words are. */
  private fingerprints = new PostingTable(Number.MAX_SAFE_INTEGER);
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

  /**
   * An index in exactly the state `toSnapshot()` saved (a structured clone of it, as IndexedDB
   * returns it). Throws on a snapshot of another format or with inconsistent parts.
   */
  static fromSnapshot(raw: unknown): ShingleHistoryIndex {
    const s = IndexSnapshotSchema.parse(raw);
    const index = new ShingleHistoryIndex([], { postingCap: s.shingles.cap });
    index.restore(s);
    return index;
  }

  /** The whole index as typed arrays and strings (copies: later add()s do not change it). */
  toSnapshot(): IndexSnapshot {
    const n = this.posts.length;
    const platforms = new Uint8Array(n);
    const kinds = new Uint8Array(n);
    const accountOf = new Int32Array(n).fill(-1);
    const promotional = new Uint8Array(n);
    const accounts = new Map<string, number>();
    this.posts.forEach((post, i) => {
      platforms[i] = codeOf(PLATFORMS, post.platform);
      kinds[i] = codeOf(KINDS, post.kind);
      if (post.account !== undefined) {
        if (!accounts.has(post.account)) accounts.set(post.account, accounts.size);
        accountOf[i] = accounts.get(post.account)!;
      }
      // Not read through the getter: a value not yet decided stays lazy.
      const decided = Object.getOwnPropertyDescriptor(post, 'promotional')!;
      promotional[i] = decided.get ? 0 : decided.value ? 2 : 1;
    });
    const ids = packStrings(this.posts.map((p) => p.id));
    const texts = packStrings(this.posts.map((p) => p.text));
    return {
      format: SNAPSHOT_FORMAT,
      posts: n,
      counter: this.counter,
      ids: ids.joined,
      idEnds: ids.ends,
      texts: texts.joined,
      textEnds: texts.ends,
      platforms,
      kinds,
      accounts: [...accounts.keys()],
      accountOf,
      promotional,
      pool: this.pool.slice(0, this.poolUsed),
      starts: this.starts.slice(0, n),
      lengths: this.lengths.slice(0, n),
      times: this.times.slice(0, n),
      maxTimes: this.maxTimes.slice(0, n),
      kindBits: this.kindBits.slice(0, n),
      saturated: this.saturated.slice(0, n),
      shingles: this.shingles.state(),
      fingerprints: this.fingerprints.state(),
      timeline: this.timeline.state(),
    };
  }

  /** Every post's id, in the index's (time) order. */
  ids(): string[] {
    return this.posts.map((p) => p.id);
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
        this.shingles.bytes + this.fingerprints.bytes + this.pool.length * 4 + this.starts.length * (4 + 4 + 8 + 8 + 1 + 4 + 4 + 4),
    };
  }

  /** Takes over a parsed snapshot's state (this index is empty and has the snapshot's cap). */
  private restore(s: IndexSnapshot): void {
    const n = s.posts;
    const perPost = [
      s.idEnds,
      s.textEnds,
      s.platforms,
      s.kinds,
      s.accountOf,
      s.promotional,
      s.starts,
      s.lengths,
      s.times,
      s.maxTimes,
      s.kindBits,
      s.saturated,
    ];
    if (perPost.some((a) => a.length !== n)) throw new Error('index snapshot: per-post arrays do not match the post count');
    for (let i = 0; i < n; i++) {
      if (s.platforms[i]! >= PLATFORMS.length || s.kinds[i]! >= KINDS.length || s.accountOf[i]! >= s.accounts.length) {
        throw new Error(`index snapshot: post ${i} has an unknown platform, kind or account`);
      }
      if (s.starts[i]! < 0 || s.lengths[i]! < 0 || s.starts[i]! + s.lengths[i]! > s.pool.length)
        throw new Error(`index snapshot: post ${i}'s shingles lie outside the pool`);
    }
    for (const table of [s.shingles, s.fingerprints]) checkPostings(table, n);
    if (s.timeline.numbers.some((x) => x < 0 || x >= n)) throw new Error('index snapshot: the timeline names a post that is not there');
    this.shingles = PostingTable.fromState(s.shingles);
    this.fingerprints = PostingTable.fromState(s.fingerprints);
    for (let i = 0; i < n; i++) {
      const account = s.accountOf[i]! >= 0 ? s.accounts[s.accountOf[i]!] : undefined;
      const fields = {
        id: unpackString(s.ids, s.idEnds, i),
        platform: PLATFORMS[s.platforms[i]!]!,
        kind: KINDS[s.kinds[i]!]!,
        text: unpackString(s.texts, s.textEnds, i),
        time: s.times[i]!,
        account,
      };
      const code = s.promotional[i]!;
      this.posts.push(
        code === 0 ? Object.defineProperty(fields as IndexedPost, 'promotional', LAZY_PROMOTIONAL) : { ...fields, promotional: code === 2 },
      );
    }
    this.counter = s.counter;
    this.pool = s.pool.length >= 16 ? s.pool : growInt32(s.pool, 16);
    this.poolUsed = s.pool.length;
    this.starts = s.starts;
    this.lengths = s.lengths;
    this.times = s.times;
    this.maxTimes = s.maxTimes;
    this.kindBits = s.kindBits;
    this.saturated = s.saturated;
    this.hits = new Int32Array(n);
    this.touched = new Int32Array(n);
    if (n < 16) this.growPerPost(16);
    this.timeline.restore(s.timeline);
  }

  /** Records one item everywhere but the timeline. */
  private store(item: HistoryItem): IndexedPost {
    const text = typeof item.text === 'string' ? item.text : '';
    const id = item.id ?? `h${this.counter++}`;
    const time = timeOf(item);
    const { platform, kind, account } = item;
    // The lazy property is added, not reconfigured, so all lazy posts keep one (fast) shape.
    const post: IndexedPost =
      typeof item.promotional === 'boolean'
        ? { id, platform, kind, text, time, account, promotional: item.promotional }
        : Object.defineProperty({ id, platform, kind, text, time, account } as IndexedPost, 'promotional', LAZY_PROMOTIONAL);
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

/** The position of a platform or kind in its list (a snapshot stores positions). */
function codeOf(list: readonly string[], value: string): number {
  const code = list.indexOf(value);
  if (code < 0) throw new Error(`index snapshot: unknown platform or kind ${JSON.stringify(value)}`);
  return code;
}

/** Every head and entry of a posting table points at an entry or a post that exists. */
function checkPostings(t: IndexSnapshot['shingles'], posts: number): void {
  for (let i = 0; i < t.heads.length; i++) {
    const h = t.heads[i]!;
    if (!(h === -1 || (h >= 0 && h < t.entries) || (h <= -2 && -2 - h < posts)))
      throw new Error('index snapshot: a posting list points outside the table');
  }
  for (let e = 0; e < t.entries; e++) {
    const p = t.entryPost[e]!;
    const next = t.entryNext[e]!;
    if (p < 0 || p >= posts || !(next === -1 || (next >= 0 && next < t.entries)))
      throw new Error('index snapshot: a posting entry points outside the table');
  }
}

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
