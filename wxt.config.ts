import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/**
 * twitter-text imports core-js@2 polyfills that patch built-ins for the whole page or worker
 * (see stubs/core-js-none/README.md). The project installs an empty stand-in as `core-js`, which
 * covers Node, vitest and every bundler; this alias makes the extension build independent of the
 * state of node_modules.
 */
const NO_CORE_JS = {
  find: /^core-js\/modules\/.*$/,
  replacement: fileURLToPath(new URL('./stubs/core-js-none/empty.js', import.meta.url)),
};

/**
 * The content scripts load on every page of four busy sites, so they render the badge and card
 * with Preact through preact/compat (same React API, a fraction of the size); the extension pages
 * keep React. Applied per build group: WXT builds each content script on its own.
 */
const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

type Alias = { find: string | RegExp; replacement: string };
/** Vite's alias option in its array form (it may also be an object). */
function aliasList(alias: unknown): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias as Alias[];
  return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
}

/** The sizes the stores and browsers ask for; @wxt-dev/auto-icons renders each from assets/icon.svg. */
const ICON_SIZES = [16, 32, 48, 128];
const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${size}.png`]));

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: ICON_SIZES },
  vite: () => ({
    resolve: { alias: [NO_CORE_JS] },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = [...PREACT_FOR_REACT, ...aliasList(config.resolve.alias)];
    },
  },
  manifest: {
    name: 'Postwise',
    // The toolbar button shows Postwise's icon (not the browser's default puzzle piece).
    action: { default_icon: icons, default_title: 'Postwise' },
    description: 'A local writing coach beside the composers of X, Facebook, LinkedIn and Instagram. Nothing leaves your browser.',
    browser_specific_settings: {
      // Nothing is collected or transmitted: Firefox's data-consent key says so.
      gecko: { id: 'postwise@postwise.local', data_collection_permissions: { required: ['none'] } },
    },
  },
});
