/**
 * A long LinkedIn feed (the newer markup) with the BUILT extension: 20 posts, then 14 batches of
 * 20 more as an infinite scroll adds them, to 300 posts and 300 comment boxes. Proves bounded work
 * with the controller's own counters (read through the popup's page-report): one badge per comment
 * box, no whole-page rescan while the feed grows, the elements visited per added batch do not grow
 * with the feed, and typing in one comment box costs no rescan. PRINTS (never asserts) the scan
 * cost per batch and the long tasks (PerformanceObserver 'longtask') while the feed grows and
 * while typing.
 *
 * Run after `NODE_ENV=production npx wxt build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAYOUT_FIXTURES } from './fixtures/index';
import { launchWithExtension, openProbe, type ExtensionGlobal, type Loaded } from './extension';
import type { PageReport } from '../../lib/messaging/protocol';

const URL_ = LAYOUT_FIXTURES.find((f) => f.name === 'linkedin-longfeed-fr')!.url;
const figures: string[] = [];
let loaded: Loaded;
let probe: Awaited<ReturnType<typeof openProbe>>;

beforeAll(async () => {
  loaded = await launchWithExtension();
  probe = await openProbe(loaded);
});
afterAll(async () => {
  await loaded?.close();
  if (figures.length) console.log(`\n[e2e] long feed figures\n${figures.map((l) => `  ${l}`).join('\n')}\n`);
});

interface LongTask {
  start: number;
  duration: number;
}

/** The current tab's page-report, asked from an extension page as the popup asks it (no tabs permission: no URLs). */
async function report(): Promise<PageReport> {
  return (await probe.page.evaluate(async () => {
    const chrome = (
      globalThis as unknown as ExtensionGlobal & {
        chrome: {
          tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>>; sendMessage(id: number, m: unknown): Promise<unknown> };
        };
      }
    ).chrome;
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    if (!tab) throw new Error('no active tab');
    return chrome.tabs.sendMessage(tab.id, { type: 'page-report' });
  })) as PageReport;
}

const longTasks = (page: Page, from: number, to = Infinity) =>
  page.evaluate(([f, t]) => (window as unknown as { __longtasks: LongTask[] }).__longtasks.filter((l) => l.start >= f && l.start < t), [
    from,
    to,
  ] as const);

function describeTasks(tasks: LongTask[]): string {
  if (!tasks.length) return 'none';
  const max = Math.max(...tasks.map((t) => t.duration));
  const total = tasks.reduce((s, t) => s + t.duration, 0);
  return `${tasks.length} (over 50 ms: ${tasks.filter((t) => t.duration > 50).length}), max ${max.toFixed(0)} ms, total ${total.toFixed(0)} ms`;
}

describe('a 300-post feed', () => {
  it('one badge per comment box, incremental rescans whose cost does not grow with the feed, no rescan while typing; prints the figures', async () => {
    const page = await loaded.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longtasks: Array<{ start: number; duration: number }> };
      w.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(URL_);
    await page.bringToFront();
    const hosts = page.locator('postwise-composer');
    await expect.poll(() => hosts.count()).toBe(20);
    await expect.poll(async () => (await report()).composers.length).toBe(20);
    const loadTasks = await longTasks(page, 0);
    figures.push(`long tasks while loading the first 20 posts (page + extension): ${describeTasks(loadTasks)}`);

    // Grow the feed to 300 posts, 20 at a time, reading the controller's counters after each batch.
    const perBatch: Array<{ posts: number; visited: number; batches: number }> = [];
    let before = (await report()).scan!;
    const growFrom = await page.evaluate(() => performance.now());
    for (let posts = 40; posts <= 300; posts += 20) {
      await page.evaluate(() => window.__feed.more(20));
      await expect.poll(() => hosts.count()).toBe(posts);
      await expect.poll(async () => (await report()).composers.length).toBe(posts);
      const now = (await report()).scan!;
      perBatch.push({ posts, visited: now.visited - before.visited, batches: now.batches - before.batches });
      before = now;
    }
    const growTo = await page.evaluate(() => performance.now());
    const scan = (await report()).scan!;
    figures.push(
      `scan cost per added batch of 20 posts (elements visited / mutation batches): ${perBatch.map((b) => `${b.posts}: ${b.visited}/${b.batches}`).join(', ')}`,
    );
    figures.push(
      `after 300 posts: full scans ${scan.fullScans}, mutation batches ${scan.batches}, elements visited ${scan.visited} (largest batch ${scan.maxVisited}), records ignored ${scan.ignored}`,
    );
    figures.push(
      `long tasks while the feed grew from 20 to 300 posts (page + extension, 14 batches): ${describeTasks(await longTasks(page, growFrom, growTo))}`,
    );

    // One badge per comment box, each its own key.
    const all = await report();
    expect(all.composers).toHaveLength(300);
    expect(new Set(all.composers.map((c) => c.key)).size).toBe(300);
    expect(await page.locator('[data-view-name="comment-box"]').count()).toBe(300);
    // Never a whole-page rescan while the feed grows: only the added subtrees are searched.
    expect(scan.fullScans).toBe(1);
    // The work per added batch does not grow with the feed (the last batch costs about what the first did).
    const first = perBatch[0]!.visited;
    const last = perBatch.at(-1)!.visited;
    expect(first).toBeGreaterThan(0);
    expect(last).toBeLessThanOrEqual(first * 2);
    expect(Math.max(...perBatch.map((b) => b.visited))).toBeLessThanOrEqual(first * 3);

    // Typing in one comment box halfway down: no rescan (mutations inside a known editor are ignored).
    const box = page.locator('[data-fixture="box-p150"]');
    await box.scrollIntoViewIfNeeded();
    await box.click();
    const typeFrom = await page.evaluate(() => performance.now());
    const quiet = (await report()).scan!;
    await page.keyboard.type('Merci pour ce post, on adore le lot du Kenya !', { delay: 30 });
    await expect
      .poll(() => page.evaluate(() => window.__fixture.editors!['box-p150']!()))
      .toBe('Merci pour ce post, on adore le lot du Kenya !');
    await page.waitForTimeout(600);
    const typeTo = await page.evaluate(() => performance.now());
    const typed = (await report()).scan!;
    const typingTasks = await longTasks(page, typeFrom, typeTo);
    figures.push(
      `typing 46 characters in comment box 150 of 300: long tasks ${describeTasks(typingTasks)} (target: none over 50 ms; printed, not asserted); rescans ${typed.batches - quiet.batches}, mutation records ignored ${typed.ignored - quiet.ignored}`,
    );
    expect(typed.batches - quiet.batches).toBeLessThanOrEqual(2);
    expect(typed.visited - quiet.visited).toBeLessThanOrEqual(first);
    expect(typed.ignored).toBeGreaterThan(quiet.ignored);
    expect(typed.fullScans).toBe(1);
    expect(await hosts.count()).toBe(300);
    expect(loaded.errors).toEqual([]);
    await page.close();
  });
});
