/**
 * An inverted index from 32-bit keys (shingle hashes) to post numbers, in typed arrays: an
 * open-addressing hash table of keys, each with a document frequency and a list of postings,
 * highest post number first. A key held by one post keeps it inline (most shingles are held by
 * one post); longer lists are linked entries. A list stops growing once `cap` posts hold the key:
 * such a common shingle ("of the", "link in") says nothing about duplicates, and capping bounds
 * both memory and the work of one lookup. Saturated keys keep counting, so queries know they
 * skipped them.
 */

/** heads[slot]: EMPTY, an entry index (>= 0) or an inline post number n stored as -2 - n. */
const EMPTY = -1;
/** Counts are 16-bit; a larger cap would not bound anything anyway. */
const MAX_CAP = 0xfffe;

/** What add() did. */
export const enum AddResult {
  Added,
  SaturatedNow,
  Saturated,
}

/** A posting table's whole state, as typed arrays (persisted with the index snapshot). */
export interface PostingTableState {
  cap: number;
  keys: Int32Array<ArrayBuffer>;
  heads: Int32Array<ArrayBuffer>;
  counts: Uint16Array<ArrayBuffer>;
  used: number;
  entryPost: Int32Array<ArrayBuffer>;
  entryNext: Int32Array<ArrayBuffer>;
  entries: number;
}

export class PostingTable {
  /** Lists stop growing past this many posts; lookups skip such keys. */
  readonly cap: number;
  private keys: Int32Array;
  private heads: Int32Array;
  private counts: Uint16Array;
  private mask: number;
  private used = 0;
  private entryPost: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;
  /** The slot the last add() touched. */
  lastSlot = -1;

  constructor(cap: number, initialSlots = 1 << 12) {
    this.cap = Math.max(1, Math.min(MAX_CAP, Math.floor(cap)));
    const slots = 1 << Math.max(4, Math.ceil(Math.log2(initialSlots)));
    this.keys = new Int32Array(slots);
    this.heads = new Int32Array(slots).fill(EMPTY);
    this.counts = new Uint16Array(slots);
    this.mask = slots - 1;
    this.entryPost = new Int32Array(1024);
    this.entryNext = new Int32Array(1024);
  }

  /** The table as it stands (copies, so later adds do not change it). */
  state(): PostingTableState {
    return {
      cap: this.cap,
      keys: this.keys.slice(),
      heads: this.heads.slice(),
      counts: this.counts.slice(),
      used: this.used,
      entryPost: this.entryPost.slice(0, this.entries),
      entryNext: this.entryNext.slice(0, this.entries),
      entries: this.entries,
    };
  }

  /** A table in exactly the state `state()` returned. */
  static fromState(state: PostingTableState): PostingTable {
    const table = new PostingTable(state.cap, 16);
    const slots = state.keys.length;
    if (slots < 16 || (slots & (slots - 1)) !== 0 || state.heads.length !== slots || state.counts.length !== slots) {
      throw new Error('posting table state: slot arrays of unequal or non-power-of-two length');
    }
    if (state.entryPost.length !== state.entries || state.entryNext.length !== state.entries) {
      throw new Error('posting table state: entry arrays do not match the entry count');
    }
    table.keys = state.keys;
    table.heads = state.heads;
    table.counts = state.counts;
    table.mask = slots - 1;
    table.used = state.used;
    table.entryPost = growInt32(state.entryPost, Math.max(16, state.entries));
    table.entryNext = growInt32(state.entryNext, Math.max(16, state.entries));
    table.entries = state.entries;
    return table;
  }

  /** Distinct keys held. */
  get keyCount(): number {
    return this.used;
  }

  /** Postings stored (capped lists hold at most `cap`). */
  get postingCount(): number {
    let inline = 0;
    for (let i = 0; i < this.heads.length; i++) if (this.heads[i]! <= -2) inline++;
    return this.entries + inline;
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    return this.keys.length * 10 + this.entryPost.length * 8;
  }

  /** The slot of a key, or -1. */
  find(key: number): number {
    let slot = hashSlot(key) & this.mask;
    while (this.heads[slot] !== EMPTY) {
      if (this.keys[slot] === key) return slot;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  /** Whether the key at `slot` is too common to list. */
  saturatedAt(slot: number): boolean {
    return this.counts[slot]! > this.cap;
  }

  /**
   * Copies the post numbers listed at `slot` that are >= `minPost` into `out` (highest first, as
   * many as fit) and returns how many.
   */
  collect(slot: number, minPost: number, out: Int32Array): number {
    const head = this.heads[slot]!;
    if (head <= -2) {
      const n = -2 - head;
      if (n < minPost) return 0;
      out[0] = n;
      return 1;
    }
    let k = 0;
    for (let e = head; e >= 0 && k < out.length; e = this.entryNext[e]!) {
      const n = this.entryPost[e]!;
      if (n < minPost) break;
      out[k++] = n;
    }
    return k;
  }

  /**
   * Records that post `post` holds `key`; call once per distinct key of a post, posts in increasing
   * order. Returns ADDED, SATURATED_NOW (this post made the key too common: the posts listed at
   * `lastSlot` and this one now hold a saturated key) or SATURATED (it already was).
   */
  add(key: number, post: number): AddResult {
    if ((this.used + 1) * 4 > this.keys.length * 3) this.grow();
    let slot = hashSlot(key) & this.mask;
    while (this.heads[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    this.lastSlot = slot;
    const head = this.heads[slot]!;
    if (head === EMPTY) {
      this.keys[slot] = key;
      this.used++;
      this.counts[slot] = 1;
      this.heads[slot] = -2 - post;
      return AddResult.Added;
    }
    const count = this.counts[slot]!;
    if (count > this.cap) return AddResult.Saturated;
    this.counts[slot] = count + 1;
    if (count === this.cap) return AddResult.SaturatedNow; // the list is never read again
    const tail = head <= -2 ? this.newEntry(-2 - head, EMPTY) : head;
    this.heads[slot] = this.newEntry(post, tail);
    return AddResult.Added;
  }

  /** Frees the room kept for growth (after a bulk build). */
  compact(): void {
    this.entryPost = this.entryPost.slice(0, Math.max(16, this.entries));
    this.entryNext = this.entryNext.slice(0, Math.max(16, this.entries));
  }

  private newEntry(post: number, next: number): number {
    if (this.entries === this.entryPost.length) {
      const length = Math.ceil(this.entries * 1.5);
      this.entryPost = growInt32(this.entryPost, length);
      this.entryNext = growInt32(this.entryNext, length);
    }
    this.entryPost[this.entries] = post;
    this.entryNext[this.entries] = next;
    return this.entries++;
  }

  private grow(): void {
    const { keys, heads, counts } = this;
    const slots = keys.length * 2;
    this.keys = new Int32Array(slots);
    this.heads = new Int32Array(slots).fill(EMPTY);
    this.counts = new Uint16Array(slots);
    this.mask = slots - 1;
    for (let i = 0; i < keys.length; i++) {
      if (heads[i] === EMPTY) continue;
      let slot = hashSlot(keys[i]!) & this.mask;
      while (this.heads[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.keys[slot] = keys[i]!;
      this.heads[slot] = heads[i]!;
      this.counts[slot] = counts[i]!;
    }
  }
}

/** Keys are already hashes; one multiply keeps clustered low bits apart. */
function hashSlot(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 15);
}

/** A copy of `array` with room for `length` elements. */
export function growInt32(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(length, 16));
  out.set(array.length > length ? array.subarray(0, length) : array);
  return out;
}
