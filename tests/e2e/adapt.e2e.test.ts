/**
 * "Adapt for …" end to end, on each network's post composer (the built extension in Chromium,
 * fixtures on the real URLs): a text written for another network is typed, the card offers the
 * adaptation as a diff, Apply puts it into the editor's OWN state in one replacement, and the
 * card then shows no platform-norms finding. X gets an over-long draft and its first thread part.
 * Run after `npm run build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { adapt } from '../../lib/analysis/adapt/index';
import type { Platform } from '../../lib/analysis/schemas';
import { FIXTURES } from './fixtures/index';
import { composerPage, type ComposerPage } from './composer-page';
import { launchWithExtension, type Loaded } from './extension';

const SHOTS = 'test-results/e2e';
const NORMS = [
  'norms/hashtags',
  'norms/links',
  'norms/markdown',
  'norms/thread-markers',
  'norms/foreign-handles',
  'norms/length',
  'norms/see-more',
];

/** What each network's composer is given: a text written for another network. */
const DRAFTS: Record<string, readonly string[]> = {
  // An Instagram caption pasted into LinkedIn: Markdown, "link in bio", too many hashtags.
  'linkedin-post': ['**New:** our autumn menu is here, link in bio!', '#coffee #autumn #latte #pumpkin #leeds #roastery #menu'],
  // A LinkedIn post on Instagram: a bare link, a thread marker.
  'instagram-caption': ['Our autumn menu is here 🧵', 'Read the story: https://northwind.example/blog/autumn-menu'],
  // An X thread opener on Facebook: thread marker, @handle, hashtags.
  'facebook-post': ['1/3 Our autumn menu is here, thanks @jane_doe for the photos!', '#coffee #autumn #latte'],
  // Too long for X: a thread, each part within 280.
  'x-home': [
    'Our autumn menu is here: maple oat latte, pumpkin loaf and spiced cold brew, all roasted and baked in Leeds. ' +
      'We tasted forty versions of the latte before this one and we think you will taste why. ' +
      'Come by any Northwind cafe this week and tell us which one is your favourite, we read every reply.',
  ],
};

let loaded: Loaded;
beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  loaded = await launchWithExtension();
});
afterAll(async () => {
  await loaded?.close();
});

async function open(name: string): Promise<{ c: ComposerPage; platform: Platform }> {
  const f = FIXTURES.find((x) => x.name === name)!;
  const page = await loaded.context.newPage();
  await page.goto(f.url);
  const c = composerPage(page, f);
  await c.host.waitFor({ state: 'attached' });
  await expect.poll(() => c.badge.count()).toBe(1);
  return { c, platform: f.platform };
}

describe('Adapt for this network, applied through the editor', () => {
  it.each(Object.keys(DRAFTS).map((n) => [n]))('%s', async (name) => {
    const { c, platform } = await open(name);
    await c.type(DRAFTS[name]!);
    const typed = await c.editorText();
    const expected = adapt({ platform, kind: 'post', text: typed }, platform, { now: Date.now() });
    await c.openCard();
    const button = c.card.locator('[data-testid="postwise-adapt"]');
    await button.waitFor({ timeout: 5000 });
    await button.click();
    const panel = c.card.locator('[data-testid="postwise-adapt-panel"]');
    await panel.waitFor();
    expect(await panel.locator('del, ins').count()).toBeGreaterThan(0);
    if (expected.parts.length > 1)
      expect(await panel.locator('[data-testid="postwise-thread"] li').count()).toBe(expected.parts.length - 1);
    await c.card.scrollIntoViewIfNeeded();
    await c.page.screenshot({ path: `${SHOTS}/adapt-${name}.png` });
    await c.card.locator('[data-testid="postwise-adapt-apply"]').click();
    await expect.poll(() => c.editorText(), { timeout: 5000 }).toBe(expected.parts[0]);
    // Checked again: no platform-norms finding is left, and nothing more to adapt.
    await expect.poll(async () => (await c.rules()).filter((r) => NORMS.includes(r)), { timeout: 5000 }).toEqual([]);
    await expect.poll(() => c.card.locator('[data-testid="postwise-adapt"]').count()).toBe(0);
    await c.page.close();
  });
});
