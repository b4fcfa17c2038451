/** Time conversions shared by the schema upgrade and the export migration. */

/** v1's ISO `postedAt` as epoch ms; undefined when unreadable (or before 1970). */
export function postedAtToTime(postedAt: unknown): number | undefined {
  const time = typeof postedAt === 'number' ? postedAt : typeof postedAt === 'string' ? Date.parse(postedAt) : NaN;
  return Number.isFinite(time) && time >= 0 ? Math.floor(time) : undefined;
}

/**
 * The v2 time fields of a v1 post: its time, or `time: 0` marked `timeUnknown` when it can't be
 * read, so the row survives (retention never deletes a post whose time is unknown).
 */
export function upgradedTime(postedAt: unknown): { time: number; timeUnknown?: true } {
  const time = postedAtToTime(postedAt);
  return time === undefined ? { time: 0, timeUnknown: true } : { time };
}
