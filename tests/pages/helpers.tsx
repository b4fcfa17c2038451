/**
 * Pages under test: a real background (router + handlers) over a fresh fake-indexeddb database,
 * reached through fakeBrowser's runtime messaging as the extension page would reach it.
 */
import 'fake-indexeddb/auto';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQueryClient } from '@/lib/hooks/query-client';
import { PageRoot } from '@/components/pages/shared/page-root';
import { useNotices } from '@/components/pages/shared/notices';
import { senders, startBackground } from '../messaging/helpers';
import { NOW } from '../storage/helpers';

export { NOW, DAY } from '../storage/helpers';

export type Background = ReturnType<typeof startBackground>;

/** Starts a background at NOW and routes the page's messages to it. Call in beforeEach. */
export function setupPage(page = '/popup.html', now = () => NOW): Background {
  fakeBrowser.reset();
  useNotices.getState().clear();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(fakeBrowser.runtime.getURL(page as '/popup.html'));
  const bg = startBackground(now);
  fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, respond: (r: unknown) => void) =>
    bg.listener(message, senders.popup(), respond)) as never);
  return bg;
}

/** Renders a page inside its root (one QueryClient, errors to the notices) as main.tsx does. */
export function renderPage(ui: ReactElement) {
  const errors: Error[] = [];
  const client = createQueryClient((e) => {
    errors.push(e);
    useNotices.getState().push('error', e.message);
  });
  return { ...render(<PageRoot client={client}>{ui}</PageRoot>), client, errors };
}

/** A File for inputs (happy-dom's File supports text()). */
export function fileOf(name: string, text: string, type = 'text/plain'): File {
  return new File([text], name, { type });
}

/** Unmounts, lets in-flight messages finish, then drops the database. Call in afterEach. */
export async function teardown(bg: Background): Promise<void> {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 30));
  await bg.ctx.db.delete();
}
