/** Facebook: the badge beside the post dialog and the comment boxes. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebook } from '@/lib/platforms/facebook';
import { startComposers } from '@/lib/content/start';

export default defineContentScript({
  matches: ['https://*.facebook.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    startComposers(ctx, facebook);
  },
});
