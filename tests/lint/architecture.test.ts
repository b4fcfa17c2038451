/**
 * The architecture is written down as lint rules (eslint.config.js). These lint small bad
 * samples as if they were files of each layer, to show each rule catches its violation, and a
 * good sample to show it lets the right imports through.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Loading ESLint, typescript-eslint and the config takes seconds on a busy machine: done once, here.
vi.setConfig({ testTimeout: 60_000 });
let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd() });
  await eslint.lintText('export {};\n', { filePath: 'lib/analysis/warm-up.ts' });
}, 120_000);

/** The rule ids ESLint reports for `code` as the file at `filePath`. */
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const IMPORTS = '@typescript-eslint/no-restricted-imports';

describe('the architecture, as lint rules', () => {
  it.each([
    [
      'the engine reaching into the app',
      'lib/analysis/rules/norms/bad.ts',
      "import { parseCsv } from '../../../batch/csv';\nexport const x = parseCsv;\n",
    ],
    ['the engine importing through the @ alias', 'lib/analysis/bad.ts', "import { db } from '@/lib/storage/db';\nexport const x = db;\n"],
    ['the engine importing Node', 'lib/analysis/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    [
      'the contract importing storage',
      'lib/contract/bad.ts',
      "import { PostwiseDB } from '../storage/db';\nexport const x = PostwiseDB;\n",
    ],
    ['coaching reading the database', 'lib/coaching/bad.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n"],
    [
      'a content script importing storage',
      'lib/content/bad.ts',
      "import { saveDraft } from '../storage/drafts';\nexport const x = saveDraft;\n",
    ],
    ['a content script importing Dexie', 'components/composer/bad.tsx', "import Dexie from 'dexie';\nexport const x = Dexie;\n"],
    ['a content script bundling zod', 'entrypoints/x.content/bad.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    [
      'a content script bundling the engine',
      'lib/content/bad.ts',
      "import { analyze } from '../analysis/analyze';\nexport const x = analyze;\n",
    ],
    [
      'a page importing storage',
      'components/pages/popup/bad.tsx',
      "import { readCoaching } from '@/lib/storage/read-coaching';\nexport const x = readCoaching;\n",
    ],
    [
      'a page using the router',
      'lib/hooks/bad.ts',
      "import { createRouter } from '../messaging/router';\nexport const x = createRouter;\n",
    ],
    [
      'the shared helpers importing the engine',
      'lib/util/bad.ts',
      "import { analyze } from '../analysis/analyze';\nexport const x = analyze;\n",
    ],
    ['the shared helpers importing zod', 'lib/util/bad.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    ['the CLI opening the database', 'cli/bad.ts', "import { PostwiseDB } from '../lib/storage/db';\nexport const x = PostwiseDB;\n"],
  ])('catches %s', async (_what, file, code) => {
    expect(await ruleIds(file, code)).toContain(IMPORTS);
  });

  it.each([
    ['the engine touching the DOM', 'lib/analysis/bad.ts', 'export const width = () => window.innerWidth;\n'],
    ['coaching reading the browser', 'lib/coaching/bad.ts', 'export const lang = () => navigator.language;\n'],
    ['a shared helper reading the DOM', 'lib/util/bad.ts', 'export const title = () => document.title;\n'],
  ])('catches %s', async (_what, file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-globals');
  });

  it('catches a page messaging the background around the client', async () => {
    const code = "import { browser } from 'wxt/browser';\nexport const ask = () => browser.runtime.sendMessage({ type: 'export' });\n";
    expect(await ruleIds('components/pages/options/bad.tsx', code)).toContain('no-restricted-syntax');
  });

  it('lets each layer import what it may', async () => {
    const samples: Array<[string, string]> = [
      [
        'lib/analysis/rules/norms/good.ts',
        "import { z } from 'zod';\nimport type { Draft } from '../../schemas';\nexport const x = (d: Draft) => z.string().parse(d.text);\n",
      ],
      [
        'lib/coaching/good.ts',
        "import { detectCtas } from '../analysis/cta/detect';\nimport type { PostRow } from '../contract/schemas';\nexport const x = (p: PostRow) => detectCtas(p.text);\n",
      ],
      ['lib/analysis/history/good.ts', "import { DAY } from '../../util/time';\nexport const x = (n: number) => n * DAY;\n"],
      ['lib/util/good.ts', "import { HOUR } from './time';\nexport const x = 2 * HOUR;\n"],
      [
        'lib/content/good.ts',
        "import type { Draft } from '../analysis/schemas';\nimport type { Send } from '../messaging/messenger';\nexport const x = (send: Send, d: Draft) => send({ type: 'analyze', draft: d } as never);\n",
      ],
      [
        'lib/hooks/good.ts',
        "import { sendMessage } from '../messaging/client';\nexport const x = () => sendMessage({ type: 'export' });\n",
      ],
      ['entrypoints/background/good.ts', "import { PostwiseDB } from '@/lib/storage/db';\nexport const x = new PostwiseDB();\n"],
    ];
    for (const [file, code] of samples) expect(await ruleIds(file, code), file).toEqual([]);
  });
});
