/** X / Twitter: the badge beside the post and reply composers. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { x } from '@/lib/platforms/x';
import { startComposers } from '@/components/composer/mount';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // Never post to the page's window (WXT's legacy "script started" message names the extension).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startComposers(ctx, x);
  },
});
