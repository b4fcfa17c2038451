/** Starts a batch job in the batch worker (in-thread, in chunks, where there are no workers). */
import { runBatchJob, type BatchJob, type BatchMessage } from './batch';

/** Runs the job; `onMessage` gets its messages in order. Returns a function that cancels it. */
export function startBatch(job: BatchJob, onMessage: (message: BatchMessage) => void): () => void {
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BatchMessage>) => {
      onMessage(event.data);
      if (event.data.type === 'done' || event.data.type === 'failed') worker.terminate();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      onMessage({ type: 'failed', message: event.message || 'the batch worker stopped' });
      worker.terminate();
    };
    worker.postMessage(job);
    return () => worker.terminate();
  }
  const controller = new AbortController();
  void runBatchJob(job, onMessage, { signal: controller.signal, yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)) });
  return () => controller.abort();
}
