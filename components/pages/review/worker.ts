/** The reviewers' batch worker: reads and checks a batch file off the page's thread, then answers for it. */
import { BatchSession, type BatchRequest } from './batch';

const scope = self as unknown as { onmessage: ((event: MessageEvent<BatchRequest>) => void) | null; postMessage(message: unknown): void };
const session = new BatchSession((message) => scope.postMessage(message));

scope.onmessage = ({ data }) => {
  if (data.type === 'job') void session.run(data.job);
  else session.answer(data);
};
