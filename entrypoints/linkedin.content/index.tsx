/** LinkedIn: the badge beside the share box and the comment boxes (both generations of markup). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatterns } from '@/lib/platforms/base';
import { linkedin } from '@/lib/platforms/linkedin';
import { browser } from 'wxt/browser';
import { startComposers } from '@/components/composer/mount';
import { createMessenger } from '@/lib/messaging/messenger';
import { startOnSite } from '@/lib/content/site-switch';

export default defineContentScript({
  matches: matchPatterns(linkedin.hosts),
  runAt: 'document_idle',
  // Search results and some feeds load posts in a same-origin iframe[data-testid="interop-iframe"]:
  // the script runs there too, on that frame's own document (so no composer gets two badges).
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'manual',
  // Never post to the page's window (WXT's legacy "script started" message names the extension).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Only where the popup's per-site switch is on (asked of the background, followed live).
    startOnSite(linkedin, () => startComposers(ctx, linkedin), browser.runtime, createMessenger(() => browser.runtime).send);
  },
});
