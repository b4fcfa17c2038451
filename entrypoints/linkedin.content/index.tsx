/** LinkedIn: the badge beside the share box and the comment boxes (both generations of markup). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { linkedin } from '@/lib/platforms/linkedin';
import { startComposers } from '@/lib/content/start';

export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    startComposers(ctx, linkedin);
  },
});
