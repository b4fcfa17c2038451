/**
 * The popup's "On this page" and the per-site switch with the BUILT extension: the popup reads
 * what the current tab's content script found, the switch (stored in the background's settings)
 * takes the badges off the site at once and keeps them off after a reload, and brings them back.
 *
 * Run after `NODE_ENV=production npx wxt build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { LAYOUT_FIXTURES } from './fixtures/index';
import { launchWithExtension, openProbe, type Loaded } from './extension';

const SHOTS = 'test-results/e2e';
let loaded: Loaded;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  loaded = await launchWithExtension();
});
afterAll(async () => {
  await loaded?.close();
});

describe('popup: composers on this page, per-site switch', () => {
  it('counts the composers of the current tab; the switch takes the badges off LinkedIn and back', async () => {
    const site = await loaded.context.newPage();
    await site.goto(LAYOUT_FIXTURES.find((f) => f.name === 'linkedin-feed-fr')!.url);
    await expect.poll(() => site.locator('postwise-composer').count()).toBe(2);
    const popup = await loaded.context.newPage();
    await popup.goto(`chrome-extension://${loaded.extensionId}/popup.html`);
    // The site's tab is the current one; the popup asks it (and polls it) as the toolbar popup would.
    await site.bringToFront();
    const status = popup.getByTestId('this-page-status');
    await expect.poll(() => status.textContent()).toBe('2 composers on this page: 2 comment boxes.');
    await site.locator('[data-reply-to="tom"]').click();
    await expect.poll(() => status.textContent()).toBe('3 composers on this page: 3 comment boxes.');
    await popup.screenshot({ path: `${SHOTS}/popup-this-page.png` });

    const toggle = popup.getByRole('switch', { name: 'Coach me on LinkedIn' });
    await toggle.click();
    await expect.poll(() => site.locator('postwise-composer').count()).toBe(0);
    await expect.poll(() => status.textContent()).toBe('Postwise is off on LinkedIn.');
    const probe = await openProbe(loaded);
    expect((await probe.send<{ sitesOff: string[] }>({ type: 'get-settings' })).sitesOff).toEqual(['linkedin']);
    await site.bringToFront();
    // Off survives a reload: the content script asks the background before it starts.
    await site.reload();
    await site.locator('[data-fixture="box-priya"]').waitFor();
    await site.waitForTimeout(800);
    expect(await site.locator('postwise-composer').count()).toBe(0);

    await popup.getByRole('switch', { name: 'Coach me on LinkedIn' }).click();
    await expect.poll(() => site.locator('postwise-composer').count()).toBe(2);
    await expect.poll(() => status.textContent()).toBe('2 composers on this page: 2 comment boxes.');
    expect((await probe.send<{ sitesOff: string[] }>({ type: 'get-settings' })).sitesOff).toEqual([]);
    expect(loaded.errors).toEqual([]);
  });

  it('counts the composers of a same-origin interop iframe once (LinkedIn search results)', async () => {
    const site = await loaded.context.newPage();
    await site.goto(LAYOUT_FIXTURES.find((f) => f.name === 'linkedin-search-fr')!.url);
    const inner = site.frameLocator('iframe[data-testid="interop-iframe"]');
    await expect.poll(() => inner.locator('postwise-composer').count()).toBe(1);
    const popup = await loaded.context.newPage();
    await popup.goto(`chrome-extension://${loaded.extensionId}/popup.html`);
    await site.bringToFront();
    await expect.poll(() => popup.getByTestId('this-page-status').textContent()).toBe('1 composer on this page: 1 comment box.');
    await popup.close();
    await site.close();
    expect(loaded.errors).toEqual([]);
  });
});
