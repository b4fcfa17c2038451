// @vitest-environment happy-dom
/**
 * The content script's side of the per-site switch: it asks the background (get-composer-context)
 * before starting the badges, follows the popup's tab messages only from Postwise's own pages,
 * asks again when the tab comes back into view, and answers page-report with what it found.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContextInvalidated, type Send } from '@/lib/messaging/messenger';
import { fromOwnPage, isTabRequest, runSiteSwitch, type Badges, type MessageSender, type TabListener } from '@/lib/content/site-switch';

const ID = 'postwise-id';
const POPUP: MessageSender = { id: ID, url: `chrome-extension://${ID}/popup.html` };

function harness(siteOn: boolean | (() => boolean | Promise<never>)) {
  const answer = typeof siteOn === 'function' ? siteOn : () => siteOn;
  const asked: unknown[] = [];
  const send = vi.fn(async (message: { type: string; platform?: string }) => {
    asked.push(message);
    return { siteOn: await answer(), defaultStage: 'awareness' };
  }) as unknown as Send;
  let listener: TabListener | undefined;
  const started: Array<Badges & { stopped: boolean }> = [];
  const start = () => {
    const badges = {
      stopped: false,
      composers: [{ kind: 'comment' as const, key: 'linkedin:comment:post:abc' }],
      stats: { fullScans: 1, batches: 2, lastVisited: 3, maxVisited: 4, visited: 9, ignored: 5 },
      stop() {
        badges.stopped = true;
      },
    };
    started.push(badges);
    return badges;
  };
  const sw = runSiteSwitch({
    adapter: { platform: 'linkedin' },
    send,
    start,
    runtimeId: ID,
    listen: (fn) => {
      listener = fn;
      return () => (listener = undefined);
    },
    doc: document,
  });
  const tell = (message: unknown, sender: MessageSender = POPUP) => {
    let answered: unknown;
    listener?.(message, sender, (a) => (answered = a));
    return answered;
  };
  return { sw, asked, started, tell, listening: () => !!listener };
}

afterEach(() => vi.restoreAllMocks());

describe('per-site switch in the content script', () => {
  it('asks the background for its own site and starts the badges when on', async () => {
    const h = harness(true);
    await h.sw.ready;
    expect(h.asked).toEqual([{ type: 'get-composer-context', platform: 'linkedin' }]);
    expect(h.started).toHaveLength(1);
  });

  it('starts nothing when the site is off, and starts when the popup turns it on', async () => {
    const h = harness(false);
    await h.sw.ready;
    expect(h.started).toHaveLength(0);
    h.tell({ type: 'site-switch', platform: 'linkedin', on: true });
    expect(h.started).toHaveLength(1);
    h.tell({ type: 'site-switch', platform: 'linkedin', on: false });
    expect(h.started[0]!.stopped).toBe(true);
    // Another site's switch is not this one's.
    h.tell({ type: 'site-switch', platform: 'x', on: true });
    expect(h.started).toHaveLength(1);
  });

  it('ignores messages that are not from Postwise’s own pages, or malformed', async () => {
    const h = harness(false);
    await h.sw.ready;
    h.tell(
      { type: 'site-switch', platform: 'linkedin', on: true },
      { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' },
    );
    h.tell({ type: 'site-switch', platform: 'linkedin', on: true }, { id: ID, tab: { id: 3 }, url: 'https://www.linkedin.com/feed/' });
    h.tell({ type: 'site-switch', platform: 'linkedin', on: 'yes' });
    h.tell({ type: 'site-switch', platform: 'myspace', on: true });
    expect(h.started).toHaveLength(0);
    expect(h.tell({ type: 'page-report' }, { id: 'other-extension' })).toBeUndefined();
  });

  it('answers page-report with its site, state, composers and scan figures', async () => {
    const h = harness(true);
    await h.sw.ready;
    expect(h.tell({ type: 'page-report' })).toEqual({
      platform: 'linkedin',
      on: true,
      composers: [{ kind: 'comment', key: 'linkedin:comment:post:abc' }],
      scan: { fullScans: 1, batches: 2, lastVisited: 3, maxVisited: 4, visited: 9, ignored: 5 },
    });
    h.tell({ type: 'site-switch', platform: 'linkedin', on: false });
    expect(h.tell({ type: 'page-report' })).toEqual({ platform: 'linkedin', on: false, composers: [] });
  });

  it('asks again when the tab becomes visible (the switch flipped in another tab)', async () => {
    let on = true;
    const h = harness(() => on);
    await h.sw.ready;
    on = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(h.started[0]!.stopped).toBe(true));
    expect(h.asked).toHaveLength(2);
  });

  it('keeps coaching when the background cannot answer; stops listening when the extension is gone', async () => {
    const down = harness(() => Promise.reject(new Error('No answer from the background.')));
    await down.sw.ready;
    expect(down.started).toHaveLength(1);
    const gone = harness(() => Promise.reject(new ContextInvalidated()));
    await gone.sw.ready;
    expect(gone.started).toHaveLength(0);
    expect(gone.listening()).toBe(false);
  });

  it('reads tab messages by hand', () => {
    expect(isTabRequest({ type: 'page-report' })).toBe(true);
    expect(isTabRequest({ type: 'page-report', extra: 1 })).toBe(false);
    expect(isTabRequest({ type: 'site-switch', platform: 'x', on: false })).toBe(true);
    expect(isTabRequest(null)).toBe(false);
    expect(fromOwnPage(POPUP, ID)).toBe(true);
    expect(fromOwnPage({ id: ID, url: 'https://evil.example/' }, ID)).toBe(false);
    expect(fromOwnPage(undefined, ID)).toBe(false);
  });
});
