/**
 * The popup, settings and reviewers' pages from the BUILT extension (`npm run build` first) in
 * Debian's Chromium: each page's main path, no overflow at its width, and a screenshot per page in
 * test-results/e2e/page-<name>.png.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './harness';

const EXT = resolve('.output/chrome-mv3');
const SHOTS = 'test-results/e2e';
const DAY = 86_400_000;

let context: BrowserContext;
let userDir: string;
let id: string;
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(EXT, 'review.html'))) throw new Error(`No built extension with the pages at ${EXT}: run \`npm run build\` first.`);
  await mkdir(SHOTS, { recursive: true });
  userDir = await mkdtemp(join(tmpdir(), 'postwise-pages-'));
  context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
    acceptDownloads: true,
  });
  // Nothing may reach the network.
  await context.route(/^https?:/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  id = new URL(worker.url()).host;
});

afterAll(async () => {
  await context?.close();
  if (userDir) await rm(userDir, { recursive: true, force: true });
});

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
  });
  await page.goto(`chrome-extension://${id}/${path}`);
  return page;
}

/** Sends a protocol message from an extension page, as the page's own code would. */
const send = (page: Page, message: unknown) =>
  page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; data?: unknown; error?: string }>;

/** Widest content on the page vs the viewport: nothing may overflow sideways. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

describe('extension pages', () => {
  it('popup: a new user sees what to do first', async () => {
    const page = await open('popup.html', { width: 380, height: 600 });
    await page.getByRole('heading', { name: /Welcome/ }).waitFor();
    expect(await page.getByText('Write a post or reply').count()).toBe(1);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/page-popup-empty.png`, fullPage: true });
    await page.close();
  });

  it('options: fills the playbook, rejects a bad email beside its field, imports past posts', async () => {
    const page = await open('options.html', { width: 1200, height: 900 });
    const interest = page.getByRole('form', { name: 'Interest brief' });
    await page.locator('details.stage').nth(1).locator('summary').click();
    await interest.getByLabel('1. Goal').fill('500 newsletter subscribers this quarter, counted in the ESP');
    await interest.getByLabel('2. Target audience').fill('Home bakers in the UK, 25–45, weekend projects');
    await interest.getByLabel('5. Call to action').fill('Get the Sunday baking letter');
    await interest.getByRole('button', { name: /Save interest brief/ }).click();
    await interest.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    const support = page.locator('#support');
    await support.getByLabel('Support email').fill('help@');
    await support.getByRole('button', { name: 'Save' }).click();
    await support.getByText(/enter an email address/).waitFor();
    await support.getByLabel('Support email').fill('help@crumb.example');
    await support.getByLabel('DM handle').fill('@CrumbHelp');
    await support.getByRole('button', { name: 'Save' }).click();
    await support.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    const now = Date.now();
    const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
    const csv = [
      'platform,kind,text,posted_at',
      `x,post,What are you baking this weekend? Tell us below.,${iso(1)}`,
      `x,post,Buy now: 20% off every tin with code CRUMB20!,${iso(2)}`,
      `x,post,Five tips for a crisp crust (thread),${iso(3)}`,
      `linkedin,post,Subscribe to our newsletter for the monthly baking guide.,${iso(2)}`,
      `instagram,post,Behind the scenes at the bakery. Tell us in the comments what to bake next!,${iso(4)}`,
      `x,post,Happy Monday from the Crumb team,${iso(9)}`,
    ].join('\n');
    await page.getByLabel('CSV file of past posts').setInputFiles({ name: 'past.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('Imported 6 posts.').waitFor();

    const settings = await send(page, { type: 'get-settings' });
    expect(settings.data).toMatchObject({ stageCtas: { interest: 'Get the Sunday baking letter' }, supportEmail: 'help@crumb.example' });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/page-options.png`, fullPage: true });
    await page.locator('#norms').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/page-options-norms.png` });
    await page.close();
  });

  it('popup: coaches from the history, then checks a draft with the brand settings', async () => {
    // Findings and a complaint reply, as the composers would have recorded them.
    const seed = await open('popup.html', { width: 380, height: 600 });
    const now = Date.now();
    const f = (ruleId: string, category: string, event: string, daysAgo: number) => ({
      ruleId,
      category,
      event,
      platform: 'x',
      time: now - daysAgo * DAY,
    });
    expect(
      await send(seed, {
        type: 'log-findings',
        events: [
          f('cta/stage-jump', 'cta-stage', 'shown', 1),
          f('cta/stage-jump', 'cta-stage', 'shown', 2),
          f('cta/stage-jump', 'cta-stage', 'dismissed', 2),
          f('complaint/take-offline', 'complaint', 'shown', 1),
          f('complaint/take-offline', 'complaint', 'fixed', 1),
          f('norms/hashtags', 'platform-norms', 'shown', 3),
          f('norms/hashtags', 'platform-norms', 'shown', 9),
          f('promo/ratio', 'promo-ratio', 'shown', 10),
        ],
      }),
    ).toMatchObject({ ok: true });
    const complaint = { text: '@crumb my order arrived crushed and nobody answers my emails. Unacceptable.' };
    await send(seed, {
      type: 'record-post',
      post: {
        platform: 'x',
        kind: 'reply',
        text: "So sorry! Please DM us your order number and we'll replace it.",
        replyTo: complaint,
        replyToTime: now - DAY - 3 * 3_600_000,
        time: now - DAY,
      },
    });
    await send(seed, {
      type: 'record-post',
      post: {
        platform: 'facebook',
        kind: 'comment',
        text: 'Tins are checked before they ship.',
        replyTo: complaint,
        replyToTime: now - 2 * DAY - 9 * 3_600_000,
        time: now - 2 * DAY,
      },
    });
    await seed.close();

    const page = await open('popup.html', { width: 380, height: 600 });
    await page.getByRole('heading', { name: 'This week', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Tips from your recent drafts' }).waitFor();
    expect(await page.getByRole('img', { name: /^X promotional share/ }).getAttribute('aria-label')).toMatch(
      /25% promotional, limit 20%, over the limit/,
    );
    expect(await page.locator('.facts').textContent()).toMatch(/Moved to a private channel1/);
    await page.getByLabel('Platform', { exact: true }).selectOption('x');
    await page.getByLabel('Kind', { exact: true }).selectOption('reply');
    await page.getByLabel('Replying to (optional)').fill('My order never arrived and nobody answers. Unacceptable!');
    await page.getByLabel('Your draft').fill('Orders ship within 5 days.');
    await page
      .getByRole('status')
      .filter({ hasText: /worth a look/ })
      .waitFor();
    await page.locator('.quick-check details').first().locator('summary').click();
    expect(await page.locator('.quick-check').textContent()).toMatch(/help@crumb.example|@CrumbHelp/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/page-popup.png`, fullPage: true });
    // What the toolbar popup shows first (Chrome caps popups at 600 px high) and the charts up close.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/page-popup-first-screen.png` });
    await page
      .locator('section', { has: page.getByRole('heading', { name: '80/20 and calls to action' }) })
      .screenshot({ path: `${SHOTS}/page-popup-charts.png` });
    await page.close();
  });

  it('review: imports a batch, opens a report, records a decision, exports CSV', async () => {
    const page = await open('review.html', { width: 1280, height: 900 });
    const batch = await readFile('examples/drafts.jsonl', 'utf8');
    await page
      .getByLabel('Batch file')
      .setInputFiles({ name: 'drafts.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(batch) });
    await page.locator('.drafts-table tbody tr').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('progress'));
    const rows = page.locator('.drafts-table tbody tr');
    expect(await rows.count()).toBe(6);
    expect(await page.locator('.summary').textContent()).toMatch(/\d fix · \d warn · \d ok/);
    await rows
      .nth(3)
      .getByRole('button', { name: /Open draft 4/ })
      .click();
    const report = page.locator('section.report');
    await report.getByRole('heading', { name: /Line 4 · X reply/ }).waitFor();
    expect(await report.locator('mark').count()).toBeGreaterThan(0);
    await report.getByLabel("Reviewer's note").fill('Never ask for the order number in public: DM.');
    await report.getByRole('button', { name: 'Request changes' }).click();
    await rows.nth(3).getByText('Changes requested').waitFor();

    // The Instagram caption adapted to Instagram's norms, beside the original, as a diff.
    await rows
      .nth(1)
      .getByRole('button', { name: /Open draft 2/ })
      .click();
    await report.getByRole('heading', { name: /Line 2 · Instagram post/ }).waitFor();
    const adapted = report.getByRole('group', { name: 'Adapted for Instagram' });
    expect(await adapted.locator('del').count()).toBeGreaterThan(0);
    const [original, rewritten] = await Promise.all([report.locator('.compare > div').first().boundingBox(), adapted.boundingBox()]);
    await report.screenshot({ path: `${SHOTS}/page-review-adapted.png` });
    expect(rewritten!.x).toBeGreaterThan(original!.x + original!.width - 1); // side by side at this width
    await rows
      .nth(3)
      .getByRole('button', { name: /Open draft 4/ })
      .click();
    await report.getByRole('heading', { name: /Line 4 · X reply/ }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toMatch(/^line,platform,kind,text/);
    expect(csv).toMatch(/changes-requested,Never ask for the order number in public: DM\./);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/page-review.png`, fullPage: true });

    // A 5,000-draft batch: the page keeps painting while it works.
    const many = Array.from({ length: 5000 }, (_, i) =>
      JSON.stringify({
        platform: ['x', 'facebook', 'linkedin', 'instagram'][i % 4],
        kind: 'post',
        text: `Draft ${i}: buy now with code SAVE${i}! #a #b #c`,
      }),
    ).join('\n');
    await page.getByLabel('Batch file').setInputFiles({ name: 'big.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(many) });
    await page.locator('progress').waitFor();
    // While it runs, the main thread keeps answering: event-loop turns between the chunks see the
    // count move (counted, not timed: a blocked page would see one value, then none).
    const seen = await page.evaluate(async () => {
      const values = new Set<number>();
      for (let i = 0; i < 2000 && values.size < 3; i++) {
        const bar = document.querySelector('progress');
        if (!bar) break;
        values.add(bar.value);
        await new Promise((r) => setTimeout(r, 0));
      }
      return values.size;
    });
    expect(seen).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: `${SHOTS}/page-review-progress.png` });
    await page.waitForFunction(() => !document.querySelector('progress'), undefined, { timeout: 60_000 });
    expect(await page.getByText('Page 1 of 100').count()).toBe(1);
    await page.close();
  });

  it('review: a 50 MB / 100,000-draft batch is read and checked in a worker, the page taking it in bounded steps', async () => {
    const page = await open('review.html', { width: 1280, height: 900 });
    const WORDS =
      'spring launch team customers planner morning update webinar thanks sorry order help today new week offer guide story tips join'.split(
        ' ',
      );
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const words = Array.from({ length: 80 }, (_, j) => WORDS[(i * 7 + j * 13) % WORDS.length]).join(' ');
      lines.push(
        JSON.stringify({ platform: ['x', 'facebook', 'linkedin', 'instagram'][i % 4], kind: 'post', text: `${words} #${i % 97}` }),
      );
    }
    const dir = await mkdtemp(join(tmpdir(), 'postwise-batch-'));
    const path = join(dir, 'big-100k.jsonl');
    await writeFile(path, `${lines.join('\n')}\n`);
    const size = (await stat(path)).size;
    // Every main-thread task over 50 ms, and each step by which the list of checked drafts grows.
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; steps: number[] };
      w.longTasks = [];
      w.steps = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
      let last = 0;
      new MutationObserver(() => {
        const m = /Checking ([\d,]+) of/.exec(document.querySelector('.progress-row label')?.textContent ?? '');
        if (!m) return;
        const done = Number(m[1]!.replace(/,/g, ''));
        if (done > last) w.steps.push(done - last);
        last = done;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const started = Date.now();
    await page.getByLabel('Batch file').setInputFiles(path);
    await page.waitForFunction(() => document.querySelector('progress')?.getAttribute('max') === '100000', undefined, { timeout: 180_000 });
    const counted = Date.now() - started;
    await page.waitForFunction(() => Number(document.querySelector('progress')?.getAttribute('value')) >= 3000, undefined, {
      timeout: 300_000,
    });
    const { longTasks, steps } = await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; steps: number[] };
      return { longTasks: w.longTasks.slice(), steps: w.steps.slice() };
    });
    await page.screenshot({ path: `${SHOTS}/page-review-100k.png` });
    await rm(dir, { recursive: true, force: true });
    const longest = Math.max(0, ...longTasks);
    console.log(
      `review, ${(size / 1024 / 1024).toFixed(0)} MB / 100,000 drafts in the worker: counted in ${(counted / 1000).toFixed(1)} s; ` +
        `longest main-thread task ${longest.toFixed(0)} ms (target ≤ 100), ${longTasks.length} over 50 ms; ` +
        `the list grew in ${steps.length} steps of at most ${Math.max(0, ...steps)} drafts`,
    );
    expect(size).toBeGreaterThan(50 * 1000 * 1000);
    // Bounded work per step on the page's thread: the worker never hands over more than a chunk.
    expect(steps.length).toBeGreaterThan(1);
    expect(Math.max(...steps)).toBeLessThanOrEqual(500);
    expect(await page.locator('.drafts-table tbody tr').count()).toBe(50);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('progress').waitFor({ state: 'detached' });
    await page.close();
  }, 600_000);

  it('logged no page errors', () => {
    expect(errors).toEqual([]);
  });
});
