/** A check worker (checker.ts): publishes every chunk's scheduled drafts, checks every n-th chunk. */
import { parentPort } from 'node:worker_threads';
import type { BatchRunner } from '../lib/batch/runner';
import { checkChunk, checkerOf, runnerFor, type CheckSetup, type WorkerAnswer, type WorkerMessage } from './checker';

let state: { setup: CheckSetup; runner: BatchRunner; index: number; workers: number } | undefined;
const answer = (message: WorkerAnswer) => parentPort!.postMessage(message);

parentPort!.on('message', (message: WorkerMessage) => {
  try {
    if (message.type === 'init') {
      state = { setup: message.setup, runner: runnerFor(message.setup), index: message.index, workers: message.workers };
      return;
    }
    const { setup, runner, index, workers } = state!;
    const mine = checkerOf(message.seq, workers) === index;
    const lines = checkChunk(runner, setup, message.chunk, mine);
    if (mine) answer({ type: 'checked', seq: message.seq, lines });
  } catch (error) {
    answer({ type: 'failed', message: (error as Error).stack ?? String(error) });
  }
});
