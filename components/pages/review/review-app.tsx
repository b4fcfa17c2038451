/** The reviewers' page: paste or import drafts, see verdicts, open a report, approve or request changes, export. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '@/lib/analysis/schemas';
import { useReviewBatch } from '@/lib/hooks/use-reviews';
import { useSettings } from '@/lib/hooks/use-settings';
import type { ReviewRow } from '@/lib/contract/schemas';
import { dateStamp, downloadText } from '../shared/download';
import { useNotices } from '../shared/notices';
import { AddDraftForm } from './add-draft-form';
import { createBatchRunner } from '@/lib/batch/runner';
import { checked } from './batch';
import { itemFromDraft, REVIEW_PREFIX, type ReviewItem } from './item';
import { startBatch, type BatchHandle } from './batch-client';
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
  // The ref tells a replaced batch's late messages apart; the state lets the open draft be asked for.
  const batch = useRef<BatchHandle | null>(null);
  const [session, setSession] = useState<BatchHandle | null>(null);

  const decisions = useMemo(() => {
    const map = new Map<string, ReviewRow>();
    for (const r of reviews.data ?? []) map.set(r.draftKey, r); // oldest first: the latest wins
    return map;
  }, [reviews.data]);

  const onFile = (file: File) => {
    batch.current?.close();
    const state = useReviewStore.getState();
    state.startBatch(file.name, 0, []); // "Reading…" until the worker has counted the drafts
    const handle: BatchHandle = startBatch({ file, settings: settings.data, now: now() }, (message) => {
      if (batch.current !== handle) return; // a newer batch replaced this one
      if (message.type === 'start') {
        state.startBatch(message.source, message.total, message.errors);
        if (!message.total && !message.errors.length) useNotices.getState().push('error', `${file.name} has no drafts.`);
      } else if (message.type === 'chunk') state.appendItems(message.items);
      else {
        if (message.type === 'failed') useNotices.getState().push('error', `Analysis stopped: ${message.message}`);
        state.finishBatch();
      }
    });
    batch.current = handle;
    setSession(handle);
  };

  const cancelRun = () => {
    batch.current?.stop();
    useReviewStore.getState().finishBatch();
  };

  const clearList = () => {
    batch.current?.close();
    batch.current = null;
    setSession(null);
    store.clear();
  };

  const onAdd = (draft: Draft) => {
    const item = itemFromDraft(draft);
    const runner = createBatchRunner({ ...(settings.data ? { settings: settings.data } : {}), now: now(), adapt: true });
    store.addItem(checked(item, runner.check({ draft, id: item.key })));
    store.open(item.key);
  };

  const exportAs = async (kind: 'csv' | 'json') => {
    const { pasted } = useReviewStore.getState();
    const fromBatch = (await batch.current?.exportRows([...decisions.values()], [...pasted.keys()])) ?? [];
    const rows = [...fromBatch, ...exportRows([...pasted.values()], decisions)];
    const base = `postwise-review-${dateStamp(now())}`;
    if (kind === 'csv') download(`${base}.csv`, toCsv(rows), 'text/csv');
    else download(`${base}.json`, toJson(rows, store.source, now()));
  };

  const openItem = useOpenItem(store.openKey, store.pasted, session);
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
            <button type="button" onClick={() => void exportAs('csv')} disabled={!!progress}>
              Export CSV
            </button>
            <button type="button" onClick={() => void exportAs('json')} disabled={!!progress}>
              Export JSON
            </button>
            <button type="button" className="danger" onClick={clearList}>
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
        <div className={`workspace${store.openKey ? ' with-report' : ''}`}>
          <ResultsTable decisions={decisions} />
          {openItem && openItem.key === store.openKey && (
            <DraftReport
              key={openItem.key}
              item={openItem}
              decision={decisions.get(openItem.key)}
              onClose={() => store.open(null)}
              now={now}
            />
          )}
        </div>
      ) : (
        <p className="empty-list muted">No drafts yet. Paste one above or import a JSONL/CSV batch.</p>
      )}
    </div>
  );
}

/** The open draft in full: a pasted one at once, a batch's from its session (the worker). */
function useOpenItem(key: string | null, pasted: ReadonlyMap<string, ReviewItem>, batch: BatchHandle | null): ReviewItem | null {
  const [loaded, setLoaded] = useState<ReviewItem | null>(null);
  const local = key ? pasted.get(key) : undefined;
  useEffect(() => {
    if (!key || local || !batch) return;
    let current = true;
    void batch.get(key).then((item) => current && setLoaded(item));
    return () => {
      current = false;
    };
  }, [key, local, batch]);
  return local ?? (loaded?.key === key ? loaded : null);
}
