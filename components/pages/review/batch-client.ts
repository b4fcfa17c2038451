/** Starts a batch in the batch worker (in-thread, in chunks, where there are no workers) and asks it for drafts. */
import type { ReviewRow } from '@/lib/contract/schemas';
import { BatchSession, type BatchJob, type BatchMessage, type BatchRequest } from './batch';
import type { ReviewItem } from './item';
import type { ExportedDraft } from './export';

export interface BatchHandle {
  /** Stops checking; the drafts checked so far can still be opened and exported. */
  stop(): void;
  /** Lets the batch go (another replaces it, or the list is cleared). */
  close(): void;
  /** A checked draft in full, to open it. */
  get(key: string): Promise<ReviewItem | null>;
  /** Every checked draft but those in `skip` as export rows, with the decisions given. */
  exportRows(decisions: readonly ReviewRow[], skip: readonly string[]): Promise<ExportedDraft[]>;
}

type Progress = Extract<BatchMessage, { type: 'start' | 'chunk' | 'done' | 'failed' }>;
type Answer = Extract<BatchMessage, { type: 'item' | 'exported' }>;

/** Runs the job; `onMessage` gets its progress in order. */
export function startBatch(job: BatchJob, onMessage: (message: Progress) => void): BatchHandle {
  const waiting = new Map<number, (answer: Answer) => void>();
  let next = 0;
  let closed = false;
  const receive = (message: BatchMessage) => {
    if (message.type === 'item' || message.type === 'exported') {
      waiting.get(message.id)?.(message);
      waiting.delete(message.id);
    } else if (!closed) onMessage(message);
  };
  let send: (request: Exclude<BatchRequest, { type: 'job' }>) => void;
  let end: () => void;
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BatchMessage>) => receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      receive({ type: 'failed', message: event.message || 'the batch worker stopped' });
    };
    worker.postMessage({ type: 'job', job } satisfies BatchRequest);
    send = (request) => worker.postMessage(request);
    end = () => worker.terminate();
  } else {
    const controller = new AbortController();
    const session = new BatchSession(receive);
    void session.run(job, { signal: controller.signal, yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)) });
    send = (request) => (request.type === 'stop' ? controller.abort() : queueMicrotask(() => session.answer(request)));
    end = () => controller.abort();
  }
  const ask = <T>(request: (id: number) => Exclude<BatchRequest, { type: 'job' }>, pick: (answer: Answer) => T, none: T): Promise<T> => {
    if (closed) return Promise.resolve(none);
    const id = next++;
    return new Promise<T>((resolve) => {
      waiting.set(id, (answer) => resolve(pick(answer)));
      send(request(id));
    });
  };
  return {
    stop: () => {
      if (!closed) send({ type: 'stop' });
    },
    close() {
      closed = true;
      end();
      for (const resolve of waiting.values()) resolve({ type: 'item', id: -1, item: null });
      waiting.clear();
    },
    get: (key) =>
      ask(
        (id) => ({ type: 'get', id, key }),
        (a) => (a.type === 'item' ? a.item : null),
        null,
      ),
    exportRows: (decisions, skip) =>
      ask(
        (id) => ({ type: 'export', id, decisions: [...decisions], skip: [...skip] }),
        (a) => (a.type === 'exported' ? a.rows : []),
        [] as ExportedDraft[],
      ),
  };
}
