/** Time conversions shared by the schema upgrade and the export migration. */

/** v1's ISO `postedAt` as epoch ms; 0 when unreadable, so the row survives rather than vanishes. */
export function postedAtToTime(postedAt: unknown): number {
  const time = typeof postedAt === 'number' ? postedAt : typeof postedAt === 'string' ? Date.parse(postedAt) : NaN;
  return Number.isFinite(time) && time >= 0 ? Math.floor(time) : 0;
}
