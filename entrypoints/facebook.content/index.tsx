/** Facebook: the badge beside the post dialog and the comment boxes. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebook } from '@/lib/platforms/facebook';
import { startComposers } from '@/components/composer/mount';

export default defineContentScript({
  matches: ['https://*.facebook.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // Never post to the page's window (WXT's legacy "script started" message names the extension).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startComposers(ctx, facebook);
  },
});
