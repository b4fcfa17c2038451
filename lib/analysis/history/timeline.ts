/**
 * Posts per platform and kind, kept sorted oldest to newest (equal times in the order they were
 * added), so "the newest N posts on X before t" is a binary search and a short walk back.
 */
import { KINDS, PLATFORMS, type Kind, type Platform } from '../schemas';

/** What the timeline needs to know of a post. */
export interface Timed {
  time: number;
  platform: Platform;
  kind: Kind;
}

export class Timeline<P extends Timed> {
  private readonly lists = new Map<string, number[]>();

  /** `posts[n]` is post number n; the timeline stores numbers and reads times from here. */
  constructor(private readonly posts: readonly P[]) {
    for (const platform of PLATFORMS) for (const kind of KINDS) this.lists.set(listKey(platform, kind), []);
  }

  /** Every list, concatenated in PLATFORMS × KINDS order, with each list's length. */
  state(): { numbers: Int32Array<ArrayBuffer>; lengths: Int32Array<ArrayBuffer> } {
    const keys = allKeys();
    if (this.lists.size !== keys.length) throw new Error('timeline state: a post has a platform or kind outside the known ones');
    const lengths = new Int32Array(keys.length);
    let total = 0;
    keys.forEach((key, i) => (total += lengths[i] = this.lists.get(key)!.length));
    const numbers = new Int32Array(total);
    let at = 0;
    for (const key of keys) {
      const list = this.lists.get(key)!;
      numbers.set(list, at);
      at += list.length;
    }
    return { numbers, lengths };
  }

  /** Puts back the lists `state()` returned (replacing these). */
  restore(state: { numbers: Int32Array; lengths: Int32Array }): void {
    const keys = allKeys();
    if (state.lengths.length !== keys.length) throw new Error('timeline state: wrong number of lists');
    let at = 0;
    keys.forEach((key, i) => {
      const length = state.lengths[i]!;
      this.lists.set(key, Array.from(state.numbers.subarray(at, at + length)));
      at += length;
    });
    if (at !== state.numbers.length) throw new Error('timeline state: list lengths do not add up');
  }

  /** Files post number `n` in place (the usual case, the newest post, is an append). */
  insert(n: number): void {
    const post = this.posts[n]!;
    const list = this.list(post.platform, post.kind);
    // Equal times go after the ones already there: numbers only grow, so the order stays stable.
    list.splice(this.upperBound(list, post.time), 0, n);
  }

  /** Files many posts at once, sorting each list once (building from an unsorted history). */
  insertAll(numbers: Iterable<number>): void {
    const touched = new Set<number[]>();
    for (const n of numbers) {
      const post = this.posts[n]!;
      const list = this.list(post.platform, post.kind);
      list.push(n);
      touched.add(list);
    }
    for (const list of touched) list.sort((a, b) => this.posts[a]!.time - this.posts[b]!.time || a - b);
  }

  /**
   * Up to `limit` posts of one platform, newest first (equal times: last added first), of the
   * given kinds, published before `before`, passing `accept`.
   */
  newest(platform: Platform, kinds: readonly Kind[], before: number | undefined, limit: number, accept: (p: P) => boolean): P[] {
    const out: P[] = [];
    if (!(limit > 0)) return out;
    const lists: number[][] = [];
    const cursors: number[] = [];
    for (const kind of new Set(kinds)) {
      const list = this.lists.get(listKey(platform, kind));
      if (!list || list.length === 0) continue;
      lists.push(list);
      cursors.push((before === undefined ? list.length : this.lowerBound(list, before)) - 1);
    }
    while (out.length < limit) {
      let best = -1;
      let bestN = -1;
      for (let i = 0; i < lists.length; i++) {
        const c = cursors[i]!;
        if (c < 0) continue;
        const n = lists[i]![c]!;
        if (best < 0 || this.newer(n, bestN)) {
          best = i;
          bestN = n;
        }
      }
      if (best < 0) break;
      cursors[best]!--;
      const post = this.posts[bestN]!;
      if (accept(post)) out.push(post);
    }
    return out;
  }

  private list(platform: Platform, kind: Kind): number[] {
    const key = listKey(platform, kind);
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = []));
    return list;
  }

  private newer(a: number, b: number): boolean {
    const ta = this.posts[a]!.time;
    const tb = this.posts[b]!.time;
    return ta > tb || (ta === tb && a > b);
  }

  /** First index whose time is >= t. */
  private lowerBound(list: readonly number[], t: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.posts[list[mid]!]!.time < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First index whose time is > t. */
  private upperBound(list: readonly number[], t: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.posts[list[mid]!]!.time <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function allKeys(): string[] {
  return PLATFORMS.flatMap((platform) => KINDS.map((kind) => listKey(platform, kind)));
}

function listKey(platform: string, kind: string): string {
  return `${platform}\u0000${kind}`;
}
