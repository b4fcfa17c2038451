/** The reviewers' page: paste or import drafts, see verdicts, open a report, approve or request changes, export. */
import { useMemo, useRef } from 'react';
import type { Draft } from '@/lib/analysis/schemas';
import { useReviewBatch } from '@/lib/hooks/use-reviews';
import { useSettings } from '@/lib/hooks/use-settings';
import type { ReviewRow } from '@/lib/contract/schemas';
import { dateStamp, downloadText } from '../shared/download';
import { useNotices } from '../shared/notices';
import { AddDraftForm } from './add-draft-form';
import { createBatchRunner } from '@/lib/batch/runner';
import { checked, itemFromDraft, REVIEW_PREFIX } from './batch';
import { startBatch } from './batch-client';
import { BatchImport } from './batch-import';
import { DraftReport } from './draft-report';
import { exportRows, toCsv, toJson } from './export';
import { ResultsTable } from './results-table';
import { useReviewStore } from './store';

export interface ReviewAppProps {
  /** The clock (tests pin it). */
  now?: () => number;
  download?: typeof downloadText;
}

export function ReviewApp({ now = Date.now, download = downloadText }: ReviewAppProps) {
  const settings = useSettings();
  const reviews = useReviewBatch(REVIEW_PREFIX);
  const store = useReviewStore();
  const cancel = useRef<(() => void) | null>(null);

  const decisions = useMemo(() => {
    const map = new Map<string, ReviewRow>();
    for (const r of reviews.data ?? []) map.set(r.draftKey, r); // oldest first: the latest wins
    return map;
  }, [reviews.data]);

  const onFile = (file: File) => {
    cancel.current?.();
    const state = useReviewStore.getState();
    state.startBatch(file.name, 0, []); // "Reading…" until the worker has counted the drafts
    const stop = startBatch({ file, settings: settings.data, now: now() }, (message) => {
      if (cancel.current !== stop) return; // a newer batch replaced this one
      if (message.type === 'start') {
        state.startBatch(message.source, message.total, message.errors);
        if (!message.total && !message.errors.length) useNotices.getState().push('error', `${file.name} has no drafts.`);
      } else if (message.type === 'chunk') state.appendItems(message.items);
      else {
        if (message.type === 'failed') useNotices.getState().push('error', `Analysis stopped: ${message.message}`);
        cancel.current = null;
        state.finishBatch();
      }
    });
    cancel.current = stop;
  };

  const cancelRun = () => {
    cancel.current?.();
    cancel.current = null;
    useReviewStore.getState().finishBatch();
  };

  const onAdd = (draft: Draft) => {
    const item = itemFromDraft(draft);
    const runner = createBatchRunner({ ...(settings.data ? { settings: settings.data } : {}), now: now(), adapt: true });
    store.addItem(checked(item, runner.check({ draft, id: item.key })));
    store.open(item.key);
  };

  const exportAs = (kind: 'csv' | 'json') => {
    const rows = exportRows(store.items, decisions);
    const base = `postwise-review-${dateStamp(now())}`;
    if (kind === 'csv') download(`${base}.csv`, toCsv(rows), 'text/csv');
    else download(`${base}.json`, toJson(rows, store.source, now()));
  };

  const openItem = store.items.find((i) => i.key === store.openKey);
  const progress = store.progress;
  return (
    <div className="review">
      <header className="review-header">
        <div>
          <h1>Review drafts</h1>
          <p className="muted small">Checked in this browser with your settings. Decisions and notes are kept locally.</p>
        </div>
        {store.items.length > 0 && (
          <div className="actions">
            <button type="button" onClick={() => exportAs('csv')} disabled={!!progress}>
              Export CSV
            </button>
            <button type="button" onClick={() => exportAs('json')} disabled={!!progress}>
              Export JSON
            </button>
            <button type="button" className="danger" onClick={() => { cancelRun(); store.clear(); }}>
              Clear list
            </button>
          </div>
        )}
      </header>
      <div className="inputs">
        <AddDraftForm onAdd={onAdd} disabled={settings.isPending} />
        <BatchImport onFile={onFile} busy={!!progress} />
      </div>
      {progress && (
        <div className="progress-row">
          <label htmlFor="batch-progress">
            {progress.total
              ? `Checking ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} drafts`
              : `Reading ${store.source}…`}
          </label>
          {progress.total ? <progress id="batch-progress" max={progress.total} value={progress.done} /> : <progress id="batch-progress" />}
          <button type="button" onClick={cancelRun}>
            Cancel
          </button>
        </div>
      )}
      {store.items.length > 0 ? (
        <div className={`workspace${openItem ? ' with-report' : ''}`}>
          <ResultsTable decisions={decisions} />
          {openItem && <DraftReport key={openItem.key} item={openItem} decision={decisions.get(openItem.key)} onClose={() => store.open(null)} now={now} />}
        </div>
      ) : (
        <p className="empty-list muted">No drafts yet. Paste one above or import a JSONL/CSV batch.</p>
      )}
    </div>
  );
}
