import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Postwise',
    description:
      'A local writing coach beside the composers of X, Facebook, LinkedIn and Instagram. Nothing leaves your browser.',
    browser_specific_settings: {
      gecko: { id: 'postwise@postwise.local' },
    },
  },
});
