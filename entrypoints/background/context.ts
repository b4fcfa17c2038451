/** What every handler receives: the database, the warm history index, the clock. */
import { getDb, type PostwiseDB } from '@/lib/storage/db';
import { HistoryCache } from '@/lib/storage/history-cache';
import { applyRetention } from '@/lib/storage/retention';

export interface BackgroundContext {
  db: PostwiseDB;
  /** The history index, built from the database on first use after the service worker wakes. */
  history: HistoryCache;
  /** Epoch ms. */
  now: () => number;
  /** Once per wake, before the first request: retention, so old posts never enter the index. */
  ready: () => Promise<void>;
  /**
   * How long an analysis waits for a cold history index before answering without it (marked
   * historyPending). Infinity (the default): always the complete answer.
   */
  historyWaitMs: number;
}

export function createBackgroundContext(
  db: PostwiseDB = getDb(),
  now: () => number = Date.now,
  { historyWaitMs = Infinity }: { historyWaitMs?: number } = {},
): BackgroundContext {
  const history = new HistoryCache(db);
  let ready: Promise<void> | undefined;
  return {
    db,
    history,
    now,
    historyWaitMs,
    ready() {
      ready ??= applyRetention(db, now()).then(
        (r) => {
          if (r.postsDeleted) history.invalidate();
        },
        (error) => {
          ready = undefined;
          throw error;
        },
      );
      return ready;
    },
  };
}
