/** Facebook: the badge beside the post dialog and the comment boxes. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatterns } from '@/lib/platforms/base';
import { facebook } from '@/lib/platforms/facebook';
import { startComposers } from '@/components/composer/mount';

export default defineContentScript({
  matches: matchPatterns(facebook.hosts),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // Never post to the page's window (WXT's legacy "script started" message names the extension).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startComposers(ctx, facebook);
  },
});
