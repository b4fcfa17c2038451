// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createQueryClient,
  useAnalysis,
  useContact,
  useDraft,
  useImport,
  useRecordPost,
  useSaveDraft,
  useSetContactStage,
  useSettings,
  useStats,
  useUpdateSettings,
  useWipe,
  useExport,
} from '@/lib/hooks';
import { NOW } from '../storage/helpers';
import { senders, startBackground } from '../messaging/helpers';

let bg: ReturnType<typeof startBackground>;
let errors: Error[];

beforeEach(() => {
  fakeBrowser.reset();
  // Hooks run in an extension page (the popup), where the database may be opened.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(fakeBrowser.runtime.getURL('/popup.html'));
  bg = startBackground();
  // The browser fills in the sender; fakeBrowser does not, so the test does it as the popup.
  fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, respond: (r: unknown) => void) =>
    bg.listener(message, senders.popup(), respond)) as never);
  errors = [];
});
afterEach(async () => {
  cleanup();
  await bg.ctx.db.delete();
});

function wrapper() {
  const client = createQueryClient((e) => errors.push(e));
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** Several hooks under one QueryClient, as on one page. */
function renderHooks<T>(use: () => T) {
  return renderHook(use, { wrapper: wrapper() });
}

describe('settings hooks', () => {
  it('read the defaults, save a patch, and show the new value without a reload', async () => {
    const { result } = renderHooks(() => ({ settings: useSettings(), update: useUpdateSettings() }));
    await waitFor(() => expect(result.current.settings.data?.retentionDays).toBe(180));
    await act(() => result.current.update.mutateAsync({ retentionDays: 90, supportEmail: 'help@brand.com' }));
    await waitFor(() => expect(result.current.settings.data).toMatchObject({ retentionDays: 90, supportEmail: 'help@brand.com' }));
    expect(await bg.ctx.db.settings.count()).toBe(1);
  });

  it('surface an invalid patch as an error with its path, through the central onError', async () => {
    const { result } = renderHooks(() => useUpdateSettings());
    await act(async () => {
      await result.current.mutateAsync({ crosspostDays: 9999 }).catch(() => undefined);
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ code: 'invalid', problems: [{ path: 'settings.crosspostDays' }] });
    expect(errors).toHaveLength(1);
  });
});

describe('mutations invalidate what they change', () => {
  it('recording a post updates stats and re-runs the analysis', async () => {
    const text = 'Our spring collection is here with fresh colours for every season and every room';
    const { result } = renderHooks(() => ({
      stats: useStats(),
      analysis: useAnalysis({ platform: 'linkedin', kind: 'post', text }),
      record: useRecordPost(),
    }));
    await waitFor(() => expect(result.current.stats.data?.posts.total).toBe(0));
    await waitFor(() => expect(result.current.analysis.data).toBeDefined());
    expect(result.current.analysis.data!.findings.some((f) => f.category === 'crosspost')).toBe(false);
    await act(() => result.current.record.mutateAsync({ platform: 'x', kind: 'post', text, time: NOW - 3_600_000 }));
    await waitFor(() => expect(result.current.stats.data?.posts.total).toBe(1));
    await waitFor(() => expect(result.current.analysis.data!.findings.some((f) => f.category === 'crosspost')).toBe(true));
  });

  it('drafts and contacts show what was saved', async () => {
    const key = 'x.com|/compose/post';
    const { result } = renderHooks(() => ({
      draft: useDraft(key),
      save: useSaveDraft(),
      contact: useContact('x', '@Kim'),
      setStage: useSetContactStage(),
    }));
    await waitFor(() => expect(result.current.draft.data).toBeNull());
    await act(() => result.current.save.mutateAsync({ key, platform: 'x', kind: 'post', text: 'draft' }));
    await waitFor(() => expect(result.current.draft.data?.text).toBe('draft'));
    await act(() => result.current.setStage.mutateAsync({ platform: 'x', handle: 'kim', stage: 'loyalty' }));
    await waitFor(() => expect(result.current.contact.data?.stage).toBe('loyalty'));
  });

  it('wipe and import refresh every query', async () => {
    const { result } = renderHooks(() => ({
      settings: useSettings(),
      update: useUpdateSettings(),
      exporter: useExport(),
      wipe: useWipe(),
      importer: useImport(),
    }));
    await act(() => result.current.update.mutateAsync({ retentionDays: 30 }));
    const file = await act(() => result.current.exporter.mutateAsync());
    await act(() => result.current.wipe.mutateAsync());
    await waitFor(() => expect(result.current.settings.data?.retentionDays).toBe(180));
    await act(() => result.current.importer.mutateAsync({ file }));
    await waitFor(() => expect(result.current.settings.data?.retentionDays).toBe(30));
  });
});
