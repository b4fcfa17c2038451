/** Publication times of history items. */
import type { HistoryItem } from '../schemas';

/** The time given to items whose postedAt cannot be read: older than any real post. */
export const UNKNOWN_TIME = -8.64e15;

/** Epoch milliseconds of a history item's postedAt (ISO string or number); NaN when unreadable. */
export function toTime(postedAt: HistoryItem['postedAt']): number {
  if (typeof postedAt === 'number') return Number.isFinite(postedAt) ? postedAt : NaN;
  return typeof postedAt === 'string' ? Date.parse(postedAt) : NaN;
}
