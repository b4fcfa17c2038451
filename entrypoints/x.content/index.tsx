/** X / Twitter: the badge beside the post and reply composers. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatterns } from '@/lib/platforms/base';
import { x } from '@/lib/platforms/x';
import { startComposers } from '@/components/composer/mount';

export default defineContentScript({
  matches: matchPatterns(x.hosts),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // Never post to the page's window (WXT's legacy "script started" message names the extension).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startComposers(ctx, x);
  },
});
