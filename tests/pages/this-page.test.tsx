// @vitest-environment happy-dom
/**
 * The popup's "On this page" card: what the current tab's content script reports (composers found,
 * none found, no script at all) and the per-site switch, stored in the background's settings and
 * told to the tab; the content script's get-composer-context then says the site is off.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/pages/popup/popup-app';
import { foundLine, type TabProbe } from '@/components/pages/popup/this-page-card';
import type { PageReport, TabRequest } from '@/lib/messaging/protocol';
import { senders } from '../messaging/helpers';
import { renderPage, setupPage, teardown, type Background } from './helpers';

let bg: Background;
const nav = { openSettings: vi.fn(), openReview: vi.fn() };
beforeEach(() => {
  bg = setupPage('/popup.html');
});
afterEach(() => teardown(bg));

/** A tab whose content script answers with `report` (undefined: no Postwise script there). */
function fakeTab(report: PageReport | undefined) {
  const told: TabRequest[] = [];
  let current = report;
  const probe: TabProbe = {
    report: async () => current,
    tell: async (request) => {
      told.push(request);
      if (current && request.type === 'site-switch')
        current = { ...current, on: request.on, composers: request.on ? current.composers : [] };
    },
  };
  return { probe, told };
}

/** The data of a background answer. */
const dataOf = <T,>(answer: { ok: boolean; data?: unknown }) => (answer.ok ? (answer.data as T) : undefined);

const LINKEDIN: PageReport = {
  platform: 'linkedin',
  on: true,
  composers: [
    { kind: 'post', key: 'linkedin:post:share-box' },
    { kind: 'comment', key: 'linkedin:comment:post:abc' },
    { kind: 'comment', key: 'linkedin:comment:post:abc#def' },
  ],
};

describe('On this page', () => {
  it('says how many composers the tab found, by kind', async () => {
    renderPage(<PopupApp nav={nav} tabProbe={fakeTab(LINKEDIN).probe} />);
    expect(await screen.findByText('3 composers on this page: 1 post box, 2 comment boxes.')).toBeInTheDocument();
    expect((screen.getByRole('switch', { name: /coach me on linkedin/i }) as HTMLInputElement).checked).toBe(true);
  });

  it('on a supported site with no composer found, points to the quick check', async () => {
    renderPage(<PopupApp nav={nav} tabProbe={fakeTab({ platform: 'x', on: true, composers: [] }).probe} />);
    expect((await screen.findByTestId('this-page-status')).textContent).toMatch(/found no composer on this X page yet.*quick check below/);
  });

  it('where no Postwise script answers, says it is not running there', async () => {
    renderPage(<PopupApp nav={nav} tabProbe={fakeTab(undefined).probe} />);
    expect((await screen.findByTestId('this-page-status')).textContent).toMatch(/not running in this tab/);
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('the switch turns the site off in the background’s settings and tells the tab; on again the same way', async () => {
    const tab = fakeTab(LINKEDIN);
    renderPage(<PopupApp nav={nav} tabProbe={tab.probe} />);
    const toggle = (await screen.findByRole('switch', { name: /coach me on linkedin/i })) as HTMLInputElement;
    await waitFor(() => expect(toggle.disabled).toBe(false));
    fireEvent.click(toggle);
    await waitFor(() => expect(tab.told).toEqual([{ type: 'site-switch', platform: 'linkedin', on: false }]));
    expect((await screen.findByTestId('this-page-status')).textContent).toBe('Postwise is off on LinkedIn.');
    const stored = await bg.send({ type: 'get-settings' });
    expect(dataOf<{ sitesOff: string[] }>(stored)?.sitesOff).toEqual(['linkedin']);
    // A LinkedIn content script asking for its context now hears that the site is off; X is still on.
    const li = await bg.send(
      { type: 'get-composer-context', platform: 'linkedin' },
      senders.contentScript('https://www.linkedin.com/feed/'),
    );
    expect(dataOf<{ siteOn: boolean }>(li)?.siteOn).toBe(false);
    const x = await bg.send({ type: 'get-composer-context', platform: 'x' }, senders.contentScript('https://x.com/home'));
    expect(dataOf<{ siteOn: boolean }>(x)?.siteOn).toBe(true);

    await waitFor(() => expect((screen.getByRole('switch') as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('switch'));
    await waitFor(() => expect(tab.told.at(-1)).toEqual({ type: 'site-switch', platform: 'linkedin', on: true }));
    const again = await bg.send({ type: 'get-settings' });
    expect(dataOf<{ sitesOff: string[] }>(again)?.sitesOff).toEqual([]);
  });

  it('the settings reject what is not a site', async () => {
    const answer = await bg.send({ type: 'set-settings', patch: { sitesOff: ['myspace'] } });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && JSON.stringify(answer.problems)).toContain('sitesOff');
  });

  it('foundLine counts one and many', () => {
    expect(foundLine({ platform: 'x', on: true, composers: [{ kind: 'reply', key: 'x:reply:/a/status/1' }] })).toBe(
      '1 composer on this page: 1 reply box.',
    );
  });
});
