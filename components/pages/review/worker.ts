/** The reviewers' batch worker: reads and checks a batch file off the page's thread. */
import { runBatchJob, type BatchJob } from './batch';

const scope = self as unknown as { onmessage: ((event: MessageEvent<BatchJob>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  void runBatchJob(event.data, (message) => scope.postMessage(message));
};
