/**
 * The built extension in Debian's Chromium: a persistent context with .output/chrome-mv3 loaded,
 * every fixture served on its real URL (so the manifest's content-script matches apply), nothing
 * else on the network, and a probe page on the extension's own origin that reads its database
 * through the normal messages. The extension must be built BEFORE the run (`npm run build`):
 * building inside vitest would inherit NODE_ENV=test (see /work/shared/TOOLCHAIN.md).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SCRIPT_PATH, fixtureFiles } from './fixtures/build';
import { ALL_FIXTURES, type FixtureInfo } from './fixtures/index';
import { CHROMIUM, CHROMIUM_ARGS } from './harness';

/** The unpacked extension the suite loads. */
export const EXT = resolve('.output/chrome-mv3');

export interface Loaded {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Page errors and console errors seen on any fixture page. */
  errors: string[];
  close(): Promise<void>;
}

/** Newest modification time of the product's sources (what the build bundles). */
function newestSource(): { path: string; mtime: number } {
  let newest = { path: '', mtime: 0 };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|css|html)$/.test(entry.name)) {
        const mtime = statSync(path).mtimeMs;
        if (mtime > newest.mtime) newest = { path, mtime };
      }
    }
  };
  for (const dir of ['entrypoints', 'lib', 'components']) if (existsSync(dir)) walk(dir);
  return newest;
}

/** Fails early, saying what to do, when the extension was not built or is older than its sources. */
export function assertBuilt(): { manifest: string } {
  const manifest = join(EXT, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No built extension at ${EXT}: run \`npm run build\` before the e2e suite.`);
  const source = newestSource();
  if (source.mtime > statSync(manifest).mtimeMs) {
    throw new Error(`The built extension is older than ${source.path}: run \`npm run build\` before the e2e suite.`);
  }
  return { manifest };
}

const ORIGINS = Array.from(new Set(ALL_FIXTURES.map((f) => new URL(f.url).origin)));

/** The fixture served at a page URL (by origin and path). */
export function fixtureAt(url: string): FixtureInfo | undefined {
  const u = new URL(url);
  return ALL_FIXTURES.find((f) => {
    const fu = new URL(f.url);
    return fu.origin === u.origin && fu.pathname === u.pathname;
  });
}

async function serve(context: BrowserContext): Promise<void> {
  const cache = new Map<string, { html: string; js: string }>();
  const files = async (f: FixtureInfo) => {
    let hit = cache.get(f.name);
    if (!hit) {
      const p = fixtureFiles(f.name);
      hit = { html: await readFile(p.html, 'utf8'), js: await readFile(p.js, 'utf8') };
      cache.set(f.name, hit);
    }
    return hit;
  };
  for (const origin of ORIGINS) {
    await context.route(`${origin}/**`, async (route) => {
      const req = route.request();
      const url = new URL(req.url());
      if (url.pathname === SCRIPT_PATH) {
        const page = fixtureAt(req.frame().url());
        if (!page) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({ contentType: 'text/javascript', body: (await files(page)).js });
      }
      if (req.resourceType() === 'document') {
        const page = fixtureAt(req.url());
        if (!page) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'no fixture here' });
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: (await files(page)).html });
      }
      return route.fulfill({ status: 204, body: '' });
    });
  }
  // Nothing else may reach the network.
  await context.route(
    (url) => /^https?:$/.test(url.protocol) && !ORIGINS.includes(url.origin),
    (route) => route.abort(),
  );
}

/** Chromium with the built extension loaded and the fixtures served. */
export async function launchWithExtension(): Promise<Loaded> {
  assertBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'postwise-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
  });
  await serve(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  context.on('page', (page) => watchErrors(page, errors));
  for (const page of context.pages()) watchErrors(page, errors);
  return {
    context,
    extensionId,
    worker,
    errors,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
}

/** A page on the extension's own origin that asks the background, as the extension's pages do. */
export async function openProbe(loaded: Loaded) {
  const page = await loaded.context.newPage();
  await page.goto(`chrome-extension://${loaded.extensionId}/popup.html`);
  const send = async <T = unknown>(message: unknown): Promise<T> => {
    const answer = (await page.evaluate((m) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m), message)) as {
      ok: boolean;
      data: T;
      error?: string;
    };
    if (!answer?.ok) throw new Error(`probe: ${JSON.stringify(message)} → ${JSON.stringify(answer)}`);
    return answer.data;
  };
  return {
    page,
    send,
    /** Every table of the database, through the export message. */
    tables: async () => (await send<{ tables: Record<string, Array<Record<string, unknown>>> }>({ type: 'export' })).tables,
  };
}

/** Bytes of each site's content script, raw and gzipped (-9), from the built manifest. */
export async function contentScriptSizes(): Promise<Array<{ site: string; file: string; bytes: number; gzip: number }>> {
  const manifest = JSON.parse(await readFile(join(EXT, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ matches: string[]; js?: string[] }>;
  };
  const out = [];
  for (const cs of manifest.content_scripts ?? []) {
    for (const file of cs.js ?? []) {
      const body = await readFile(join(EXT, file));
      out.push({ site: cs.matches.join(' '), file, bytes: statSync(join(EXT, file)).size, gzip: gzipSync(body, { level: 9 }).length });
    }
  }
  return out;
}

/** What pages and the service worker of the extension see (chrome.runtime). */
export interface ExtensionGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void } };
}
