/**
 * Checks a batch's rows chunk by chunk, in this thread or spread over it and worker threads, with
 * the same reports in the same order either way. Every thread keeps its own copy of the history
 * and adds every scheduled draft to it in batch order (cheap), but checks only every n-th chunk
 * (the expensive part): so each draft is checked against exactly the history the one-thread run
 * sees.
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

/** What the check worker is sent. */
export type WorkerMessage =
  { type: 'init'; setup: CheckSetup; index: number; workers: number } | { type: 'chunk'; seq: number; chunk: readonly BatchEvent[] };
/** What it answers for the chunks it checks. */
export type WorkerAnswer = { type: 'checked'; seq: number; lines: ReportLine[] } | { type: 'failed'; message: string };

/**
 * The thread that checks chunk `seq` of `count` threads (0 = the CLI's own). The CLI's thread also
 * reads every row and writes every report, so it checks half a worker's share: of every
 * 2·count − 1 chunks it takes one and each worker two.
 */
export function checkerOf(seq: number, count: number): number {
  const slot = seq % (2 * count - 1);
  return slot === 0 ? 0 : 1 + Math.floor((slot - 1) / 2);
}

/** Young-generation size of a check worker's heap, MB. */
const YOUNG_MB = 8;

/**
 * Chunks spread over `count` threads (checkerOf): this one checks some itself between reading and
 * writing, and count - 1 worker threads check the others, so two threads of checking cost one
 * extra heap, not two. With a count of 1 everything is checked in this thread, no worker started.
 */
export function threadedChecker(setup: CheckSetup, count: number): Checker {
  const runner = runnerFor(setup);
  const waiting = new Map<number, { resolve: (lines: ReportLine[]) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  const workers = Array.from({ length: count - 1 }, (_, i) => {
    // A small young generation: a worker's garbage is short-lived, and the default lets each
    // thread hold tens of MB of it between collections.
    const worker = new Worker(new URL('./check-worker.mjs', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
    worker.on('message', (answer: WorkerAnswer) => {
      if (answer.type === 'failed') return fail(new Error(answer.message));
      const w = waiting.get(answer.seq);
      waiting.delete(answer.seq);
      w?.resolve(answer.lines);
    });
    worker.on('error', fail);
    worker.postMessage({ type: 'init', setup, index: i + 1, workers: count } satisfies WorkerMessage);
    return worker;
  });
  let seq = 0;
  return {
    check(chunk) {
      if (failure) return Promise.reject(failure);
      const n = seq++;
      const mine = checkerOf(n, count) === 0;
      const answer = mine ? undefined : new Promise<ReportLine[]>((resolve, reject) => waiting.set(n, { resolve, reject }));
      for (const worker of workers) worker.postMessage({ type: 'chunk', seq: n, chunk } satisfies WorkerMessage);
      // Posted first, so the workers go on while this thread checks (or only publishes) the chunk.
      const lines = checkChunk(runner, setup, chunk, mine);
      return answer ?? Promise.resolve(lines);
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
