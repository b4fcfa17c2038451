/** Instagram: the badge beside the new post caption and the comment box. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatterns } from '@/lib/platforms/base';
import { instagram } from '@/lib/platforms/instagram';
import { startComposers } from '@/components/composer/mount';

export default defineContentScript({
  matches: matchPatterns(instagram.hosts),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // Never post to the page's window (WXT's legacy "script started" message names the extension).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startComposers(ctx, instagram);
  },
});
