/** The background owns Postwise's local state: one Dexie database and the warm history index. */
import { createBackgroundContext } from './context';
import { setupMessaging } from './setup-messaging';

/**
 * How long the first check after a wake waits for the history index (restored from its snapshot
 * it usually takes less) before answering with the checks that need no history; the composer then
 * asks again for the complete answer.
 */
const HISTORY_WAIT_MS = 50;

export default defineBackground(() => {
  setupMessaging(createBackgroundContext(undefined, undefined, { historyWaitMs: HISTORY_WAIT_MS }));
});
