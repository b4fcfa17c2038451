// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQueryClient } from '@/lib/hooks/query-client';
import { useAnalysis } from '@/lib/hooks/use-analysis';
import { useCoaching } from '@/lib/hooks/use-coaching';
import { useContacts, useDeleteContact, useSetContactStage } from '@/lib/hooks/use-contacts';
import { useExport, useImport, useImportCsv, useWipe } from '@/lib/hooks/use-data-transfer';
import { useSettings, useUpdateSettings } from '@/lib/hooks/use-settings';
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
  it('importing past posts refreshes the coaching and re-runs the analysis', async () => {
    const text = 'Our spring collection is here with fresh colours for every season and every room';
    const { result } = renderHooks(() => ({
      coaching: useCoaching(),
      analysis: useAnalysis({ platform: 'linkedin', kind: 'post', text }),
      importCsv: useImportCsv(),
    }));
    await waitFor(() => expect(result.current.coaching.data?.totals.posts).toBe(0));
    await waitFor(() => expect(result.current.analysis.data).toBeDefined());
    expect(result.current.analysis.data!.findings.some((f) => f.category === 'crosspost')).toBe(false);
    await act(() => result.current.importCsv.mutateAsync(['platform,text,date', `x,${text},2026-03-02T11:00:00Z`].join('\n')));
    await waitFor(() => expect(result.current.coaching.data?.totals.posts).toBe(1));
    expect(result.current.coaching.data?.thisWeek.posts).toBe(1);
    await waitFor(() => expect(result.current.analysis.data!.findings.some((f) => f.category === 'crosspost')).toBe(true));
  });

  it('the contact list shows a saved stage and forgets a deleted contact', async () => {
    const { result } = renderHooks(() => ({ contacts: useContacts(), setStage: useSetContactStage(), remove: useDeleteContact() }));
    await waitFor(() => expect(result.current.contacts.data).toEqual([]));
    await act(() => result.current.setStage.mutateAsync({ platform: 'x', handle: '@Kim', stage: 'loyalty' }));
    await waitFor(() => expect(result.current.contacts.data).toMatchObject([{ platform: 'x', handle: 'kim', stage: 'loyalty' }]));
    await act(() => result.current.remove.mutateAsync({ platform: 'x', handle: 'kim' }));
    await waitFor(() => expect(result.current.contacts.data).toEqual([]));
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
