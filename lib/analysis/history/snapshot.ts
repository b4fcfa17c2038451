/**
 * The history index as plain typed arrays and strings, so a woken service worker can put it back
 * without re-reading and re-shingling every post: what structured clone (IndexedDB) stores fast.
 * Restoring gives the index exactly the state it was saved in, so its answers are identical.
 */
import { z } from 'zod';

/** Bumped whenever the layout or the shingling changes: an older snapshot is then ignored. */
export const SNAPSHOT_FORMAT = 1;

const int32 = z.instanceof(Int32Array);
const count = z.number().int().nonnegative();

const PostingTableStateSchema = z.object({
  cap: count,
  keys: int32,
  heads: int32,
  counts: z.instanceof(Uint16Array),
  used: count,
  entryPost: int32,
  entryNext: int32,
  entries: count,
});

/** Structure only: lengths are checked against `posts` when the index is restored. */
export const IndexSnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  posts: count,
  /** Next number for items without an id ("h0", "h1", …). */
  counter: count,
  /** Ids and texts concatenated; ends[n] is where post n's ends. */
  ids: z.string(),
  idEnds: z.instanceof(Uint32Array),
  texts: z.string(),
  textEnds: z.instanceof(Uint32Array),
  /** Index into PLATFORMS and KINDS. */
  platforms: z.instanceof(Uint8Array),
  kinds: z.instanceof(Uint8Array),
  accounts: z.array(z.string()),
  /** Index into `accounts`, -1 for none. */
  accountOf: int32,
  /** 0: decided from the text on first read; 1: false; 2: true. */
  promotional: z.instanceof(Uint8Array),
  pool: int32,
  starts: int32,
  lengths: int32,
  times: z.instanceof(Float64Array),
  maxTimes: z.instanceof(Float64Array),
  kindBits: z.instanceof(Uint8Array),
  saturated: int32,
  shingles: PostingTableStateSchema,
  fingerprints: PostingTableStateSchema,
  timeline: z.object({ numbers: int32, lengths: int32 }),
});

export type IndexSnapshot = z.infer<typeof IndexSnapshotSchema>;

/** Joins strings and records where each ends. */
export function packStrings(values: readonly string[]): { joined: string; ends: Uint32Array<ArrayBuffer> } {
  const ends = new Uint32Array(values.length);
  let at = 0;
  values.forEach((value, i) => (ends[i] = at += value.length));
  return { joined: values.join(''), ends };
}

/** The n-th string of a packed list. */
export function unpackString(joined: string, ends: Uint32Array, n: number): string {
  return joined.slice(n === 0 ? 0 : ends[n - 1]!, ends[n]!);
}
