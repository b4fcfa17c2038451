/** Durations in epoch milliseconds, and how long ago a time was, as every layer words it. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * "just now", "25 min ago", "3 h ago", "6 days ago": whole units elapsed (rounded down), so a
 * finding and the composer card say the same of the same moment. A time after `now` is "just now".
 */
export function timeAgo(now: number, then: number): string {
  const ms = Math.max(0, now - then);
  if (ms < MINUTE) return 'just now';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min ago`;
  if (ms < 48 * HOUR) return `${Math.floor(ms / HOUR)} h ago`;
  return `${Math.floor(ms / DAY)} days ago`;
}
