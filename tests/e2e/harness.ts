/**
 * Drives Debian's Chromium with playwright-core: serves a fixture page on its real site URL
 * (context.route), injects the adapters bundle, and wraps window.__postwise / window.__fixture.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { ADAPTERS_JS, SCRIPT_PATH, fixtureFiles } from './fixtures/build';
import type { FixtureInfo } from './fixtures/index';
import type { ReplyContext } from '../../lib/analysis/schemas';
import type { ComposerInfo } from './adapters-entry';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that work headless in a container (see /work/shared/TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A page with the fixture served on its real URL and the adapters injected. */
export async function openFixture(browser: Browser, f: FixtureInfo): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const files = fixtureFiles(f.name);
  const [html, js, adapters] = await Promise.all([readFile(files.html, 'utf8'), readFile(files.js, 'utf8'), readFile(ADAPTERS_JS, 'utf8')]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
  const origin = new URL(f.url).origin;
  await context.route(`${origin}/**`, (route) => {
    const req = route.request();
    if (new URL(req.url()).pathname === SCRIPT_PATH) return route.fulfill({ contentType: 'text/javascript', body: js });
    if (req.resourceType() === 'document') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    return route.fulfill({ status: 204, body: '' });
  });
  // Nothing else may reach the network.
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(f.url);
  await page.addScriptTag({ content: adapters });
  return { context, page, errors };
}

/** The adapters and the fixture, seen from the test. */
export function api(page: Page) {
  return {
    find: () => page.evaluate(() => window.__postwise.find()) as Promise<ComposerInfo[]>,
    readText: () => page.evaluate(() => window.__postwise.readText(0)),
    editorText: () => page.evaluate(() => window.__fixture.editorText()),
    replyContext: () => page.evaluate(() => window.__postwise.readReplyContext(0)) as Promise<ReplyContext | undefined>,
    replaceText: (start: number, end: number, text: string) =>
      page.evaluate(([s, e, t]) => window.__postwise.replaceText(0, s, e, t), [start, end, text] as const),
    watch: () => page.evaluate(() => window.__postwise.watch(0)),
    submits: () => page.evaluate(() => window.__postwise.submits.slice()),
    submitted: () => page.evaluate(() => window.__fixture.submitted.slice()),
    mountBadge: () => page.evaluate(() => window.__postwise.mountBadge(0)),
    badgeProbe: () => page.evaluate(() => window.__postwise.badgeProbe()),
    anchorBox: () => page.evaluate(() => window.__postwise.anchorBox(0)),
  };
}
