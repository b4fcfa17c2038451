import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/**
 * twitter-text imports core-js@2 polyfills that patch built-ins for the whole page or worker
 * (see stubs/core-js-none/README.md). The project installs an empty stand-in as `core-js`, which
 * covers Node, vitest and every bundler; this alias makes the extension build independent of the
 * state of node_modules.
 */
const NO_CORE_JS = { find: /^core-js\/modules\/.*$/, replacement: fileURLToPath(new URL('./stubs/core-js-none/empty.js', import.meta.url)) };

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({
    resolve: { alias: [NO_CORE_JS] },
  }),
  manifest: {
    name: 'Postwise',
    description:
      'A local writing coach beside the composers of X, Facebook, LinkedIn and Instagram. Nothing leaves your browser.',
    browser_specific_settings: {
      gecko: { id: 'postwise@postwise.local' },
    },
  },
});
