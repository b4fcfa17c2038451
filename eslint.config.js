// @ts-check
/**
 * Lint: typescript-eslint, the rules of hooks, and the architecture written down as rules. Each
 * layer below lists what it may not import; a file belongs to exactly one layer (flat config: a
 * later block's rule setting would replace an earlier one, so the layers never overlap).
 * tests/lint/architecture.test.ts lints a bad sample per layer to show the rules bite. The
 * import graph of the product's code has no loop (import-x/no-cycle).
 */
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folders of the app (matched as path segments of an import specifier). */
const APP = [
  'contract',
  'storage',
  'coaching',
  'messaging',
  'content',
  'platforms',
  'hooks',
  'batch',
  'components',
  'entrypoints',
  'background',
];
// lib/util is not in APP: its pure helpers (durations, time-ago, hashes, severity order) serve every layer, the engine too.
const seg = (names) => `(^|/)(${names.join('|')})(/|$)`;

const STORAGE = {
  regex: `${seg(['storage'])}|^dexie$|^fake-indexeddb`,
  message: 'Only the background opens the database: send a message (lib/messaging) instead.',
};

/** What the engine's pure code may never reach: DOM and browser globals. */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'chrome',
  'browser',
  'HTMLElement',
  'Element',
  'Node',
  'MutationObserver',
  'requestAnimationFrame',
].map((name) => ({ name, message: 'Pure code (engine, contract, coaching) has no DOM or browser: take what you need as a parameter.' }));

const UTIL = ['lib/util/**'];
const ENGINE = ['lib/analysis/**'];
const CONTRACT = ['lib/contract/**'];
const COACHING = ['lib/coaching/**'];
const CONTENT = ['lib/content/**', 'lib/platforms/**', 'components/composer/**', 'entrypoints/*.content/**', 'lib/messaging/messenger.ts'];
const PAGES = [
  'components/pages/**',
  'components/*.tsx',
  'lib/hooks/**',
  'entrypoints/popup/**',
  'entrypoints/options/**',
  'entrypoints/review/**',
];
/** May open the database: its owner, and the tests and benchmarks that set it up. */
const STORAGE_OWNERS = ['lib/storage/**', 'entrypoints/background/**', 'tests/**', 'scripts/**'];

const restrict = (files, patterns, extra = {}) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }], ...extra },
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'tests/e2e/.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  {
    rules: {
      // TypeScript checks names; `_`-prefixed parameters are deliberately unused.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  // The import graph has no loop: a newcomer can read any module after the ones it imports.
  {
    files: ['{lib,components,entrypoints,cli}/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // The e2e fixtures imitate the sites' own editors (their code, not ours): hooks rules do not apply.
  {
    files: ['tests/e2e/fixtures/**'],
    rules: Object.fromEntries(Object.keys(reactHooks.configs.flat.recommended.rules).map((r) => [r, 'off'])),
  },

  // The helpers every layer shares, the engine included: pure, no DOM, and they import only each
  // other (so a content script that takes one bundles nothing of the engine or zod).
  restrict(
    UTIL,
    [{ regex: '^(?!\\./)', message: 'lib/util imports nothing but its own files: every layer, the engine too, imports it.' }],
    {
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  ),
  // The engine: pure TypeScript, imports nothing of the app, no Node, no DOM.
  restrict(
    ENGINE,
    [
      {
        regex: '^(?!\\.{1,2}/|zod$|twitter-text$|franc-min$|stopword$)',
        message: 'The engine imports only zod, twitter-text, franc-min and stopword (language) and its own modules.',
      },
      { regex: seg(APP), message: 'The engine imports nothing of the app.' },
    ],
    { 'no-restricted-globals': ['error', ...DOM_GLOBALS] },
  ),
  // The contract: the shapes every layer shares; zod and the engine's schemas only.
  restrict(
    CONTRACT,
    [
      { regex: '^(?!\\.{1,2}/|zod$)', message: 'The contract imports only zod, the engine and itself.' },
      { regex: seg(APP.filter((a) => a !== 'contract')), message: 'The contract imports nothing of the app.' },
    ],
    { 'no-restricted-globals': ['error', ...DOM_GLOBALS] },
  ),
  // Coaching and stats: pure functions of rows, beside the engine.
  restrict(
    COACHING,
    [
      { regex: '^(?!\\.{1,2}/|zod$)', message: 'Coaching imports only the engine, the contract and itself.' },
      { regex: seg(APP.filter((a) => a !== 'contract' && a !== 'coaching')), message: 'Coaching takes rows; it never reads them itself.' },
    ],
    { 'no-restricted-globals': ['error', ...DOM_GLOBALS] },
  ),
  // The content scripts run in the sites' pages: no database, and small (no zod, no engine
  // values: analysis runs in the background). Types are free.
  restrict(CONTENT, [
    STORAGE,
    {
      regex: `^zod$|${seg(['analysis'])}|(^|/)messaging/(client|protocol|router)$`,
      allowTypeImports: true,
      message: 'Content scripts bundle no zod, engine or protocol values: the background analyses and validates.',
    },
    { regex: seg(['background', 'pages', 'hooks']), message: 'Content scripts reach the background only through lib/messaging/messenger.' },
  ]),
  // The extension pages talk to the background only through the messaging client (lib/hooks).
  restrict(
    PAGES,
    [
      STORAGE,
      {
        regex: `${seg(['background'])}|(^|/)messaging/(router|messenger)$`,
        message: 'Pages reach the background only through lib/messaging/client (via lib/hooks).',
      },
    ],
    {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name=/^(sendMessage|connect)$/][object.property.name='runtime']",
          message: 'Pages reach the background only through lib/messaging/client.',
        },
      ],
    },
  ),
  // Everything else (messaging, batch, cli…): no database.
  {
    ...restrict(['**/*.{ts,tsx}'], [STORAGE]),
    ignores: [...UTIL, ...ENGINE, ...CONTRACT, ...COACHING, ...CONTENT, ...PAGES, ...STORAGE_OWNERS],
  },
);
