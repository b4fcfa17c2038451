/** The background owns Postwise's local state: one Dexie database and the warm history index. */
import { createBackgroundContext } from './context';
import { setupMessaging } from './setup-messaging';

export default defineBackground(() => {
  setupMessaging(createBackgroundContext());
});
