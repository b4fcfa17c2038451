/**
 * The user's own published history, indexed for the checks that look back: near-duplicate
 * lookup (cross-posting, canned replies) and the newest posts per platform (80/20 ratio).
 * Built once (the background keeps it warm) and queried on every keystroke.
 */
import type { HistoryItem } from '../schemas';
import { ShingleHistoryIndex } from './shingle-index';
import type { HistoryIndex, HistoryIndexOptions } from './types';

export { ShingleHistoryIndex } from './shingle-index';
export { SNAPSHOT_FORMAT } from './snapshot';
export { UNKNOWN_TIME } from './time';
export type { HistoryIndex, HistoryIndexOptions, SimilarMatch } from './types';

/** Indexes a history (items need not be sorted; unreadable times count as very old). */
export function buildHistoryIndex(items: readonly HistoryItem[] = [], options: HistoryIndexOptions = {}): HistoryIndex {
  return new ShingleHistoryIndex(items, options);
}
