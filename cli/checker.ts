/**
 * Checks a batch's rows chunk by chunk, in this process or spread over worker threads, with the
 * same reports in the same order either way. Every worker keeps its own copy of the history and
 * adds every scheduled draft to it in batch order (cheap), but checks only every n-th chunk (the
 * expensive part): so each draft is checked against exactly the history the one-thread run sees.
 */
import { Worker } from 'node:worker_threads';
import type { HistoryItem, Settings } from '../lib/analysis/schemas';
import { isRowError, rowToDraft, type BatchEvent } from '../lib/batch/rows';
import { createBatchRunner, type BatchRunner } from '../lib/batch/runner';
import { reportText, type ReportLine, type ReportOptions } from './report';

export interface CheckSetup {
  /** The drafts' file, as reports name it. */
  file: string;
  settings: Settings;
  /** The clock for drafts without posted_at, epoch ms. */
  now: number;
  adapt: boolean;
  format: ReportOptions;
  history: readonly HistoryItem[];
}

export interface Checker {
  /** The reports of a chunk's rows (its errors are the caller's), in order. Call in batch order. */
  check(chunk: readonly BatchEvent[]): Promise<ReportLine[]>;
  close(): Promise<void>;
}

/** Rows per chunk: a worker's unit of work, and what the CLI writes at once. */
export const CHUNK_ROWS = 200;

export function runnerFor(setup: CheckSetup): BatchRunner {
  return createBatchRunner({ history: setup.history, settings: setup.settings, now: setup.now, adapt: setup.adapt });
}

/** Checks a chunk's rows (or, when another thread checks them, only publishes its scheduled drafts). */
export function checkChunk(runner: BatchRunner, setup: CheckSetup, chunk: readonly BatchEvent[], mine = true): ReportLine[] {
  const lines: ReportLine[] = [];
  for (const event of chunk) {
    if (isRowError(event)) continue;
    const { row } = event;
    const item = {
      draft: rowToDraft(row),
      postedAt: row.posted_at ? Date.parse(row.posted_at) : undefined,
      id: row.id,
      promotional: row.promotional,
    };
    if (!mine) {
      runner.publish(item);
      continue;
    }
    const { report, adapted } = runner.check(item);
    lines.push({ verdict: report.verdict, text: reportText(setup.file, event.line, item.draft, report, setup.format, adapted) });
  }
  return lines;
}

/** Everything in this thread. */
export function inlineChecker(setup: CheckSetup): Checker {
  const runner = runnerFor(setup);
  return {
    check: async (chunk) => checkChunk(runner, setup, chunk),
    close: async () => {},
  };
}

/** What the check worker is sent. */
export type WorkerMessage =
  { type: 'init'; setup: CheckSetup; index: number; workers: number } | { type: 'chunk'; seq: number; chunk: readonly BatchEvent[] };
/** What it answers for the chunks it checks. */
export type WorkerAnswer = { type: 'checked'; seq: number; lines: ReportLine[] } | { type: 'failed'; message: string };

/** Chunks spread round-robin over `count` worker threads. */
export function workerChecker(setup: CheckSetup, count: number): Checker {
  const waiting = new Map<number, { resolve: (lines: ReportLine[]) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  const workers = Array.from({ length: count }, (_, index) => {
    const worker = new Worker(new URL('./check-worker.mjs', import.meta.url));
    worker.on('message', (answer: WorkerAnswer) => {
      if (answer.type === 'failed') return fail(new Error(answer.message));
      const w = waiting.get(answer.seq);
      waiting.delete(answer.seq);
      w?.resolve(answer.lines);
    });
    worker.on('error', fail);
    worker.postMessage({ type: 'init', setup, index, workers: count } satisfies WorkerMessage);
    return worker;
  });
  let seq = 0;
  return {
    check(chunk) {
      if (failure) return Promise.reject(failure);
      const n = seq++;
      const answer = new Promise<ReportLine[]>((resolve, reject) => waiting.set(n, { resolve, reject }));
      for (const worker of workers) worker.postMessage({ type: 'chunk', seq: n, chunk } satisfies WorkerMessage);
      return answer;
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
