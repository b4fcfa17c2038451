/** Instagram: the badge beside the new post caption and the comment box. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatterns } from '@/lib/platforms/base';
import { instagram } from '@/lib/platforms/instagram';
import { browser } from 'wxt/browser';
import { startComposers } from '@/components/composer/mount';
import { createMessenger } from '@/lib/messaging/messenger';
import { startOnSite } from '@/lib/content/site-switch';

export default defineContentScript({
  matches: matchPatterns(instagram.hosts),
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // Never post to the page's window (WXT's legacy "script started" message names the extension).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Only where the popup's per-site switch is on (asked of the background, followed live).
    startOnSite(instagram, () => startComposers(ctx, instagram), browser.runtime, createMessenger(() => browser.runtime).send);
  },
});
