/** Words the pages share for stages, categories and verdicts. */
import type { Stage } from '@/lib/analysis/schemas';

export { CATEGORY_LABELS, STAGE_LABELS } from '../../labels';

/** Who the reader is at each stage (SPEC §1). */
export const STAGE_READERS: Record<Stage, string> = {
  awareness: 'just came across the brand',
  interest: 'follows and reads',
  consideration: 'weighing options',
  conversion: 'ready to act',
  loyalty: 'a customer',
  advocacy: 'a fan',
};

/** "3 h", "2 days", "25 min". */
export function formatDuration(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 60) return `${min} min`;
  const h = ms / 3_600_000;
  if (h < 48) return `${Math.round(h)} h`;
  return `${Math.round(h / 24)} days`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
