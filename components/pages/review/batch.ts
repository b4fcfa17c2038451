/**
 * The reviewers' batch: drafts from a pasted form or a JSONL/CSV file. A file is read and checked
 * in a Web Worker (worker.ts), which sends the results back in bounded chunks, so a 100,000-draft
 * batch never blocks the page.
 */
import type { Draft, Report, Settings } from '@/lib/analysis/schemas';
import { parseBatch, rowToDraft, type ParsedRow, type RowError } from '@/lib/batch/rows';
import { createBatchRunner, type BatchResult } from '@/lib/batch/runner';

/** One draft under review. */
export interface ReviewItem {
  /** The reviews table's draft key: "review:" + a hash of the draft, so decisions survive a re-import. */
  key: string;
  /** Where it came from: its line in the file, or null when pasted. */
  line: number | null;
  draft: Draft;
  /** When it is scheduled (posted_at), epoch ms: it is checked as of then and counts as published after. */
  postedAt?: number;
  report?: Report;
  /** The draft rewritten to its network's norms, when that changes it: one text, or an X thread's parts. */
  adapted?: string[];
}

/** Every review made on this page has a draft key starting with this. */
export const REVIEW_PREFIX = 'review:';

/** Two 32-bit FNV-1a hashes of a string, as 16 hex digits. */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 13;
  }
  return a.toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function draftKey(draft: Draft): string {
  return REVIEW_PREFIX + hash64(JSON.stringify([draft.platform, draft.kind, draft.text, draft.replyTo?.text ?? '', draft.readerStage ?? '']));
}

export function itemFromDraft(draft: Draft, line: number | null = null, postedAt?: number): ReviewItem {
  const item: ReviewItem = { key: draftKey(draft), line, draft };
  if (postedAt !== undefined && Number.isFinite(postedAt)) item.postedAt = postedAt;
  return item;
}

export function itemsFromRows(rows: readonly ParsedRow[]): ReviewItem[] {
  return rows.map(({ line, row }) => itemFromDraft(rowToDraft(row), line, row.posted_at ? Date.parse(row.posted_at) : undefined));
}

/** What the page asks the batch worker to do. */
export interface BatchJob {
  file: Blob & { name: string };
  settings?: Settings;
  now: number;
}

/** What the worker answers, in order: one start, chunks of checked drafts, then done (or failed). */
export type BatchMessage =
  | { type: 'start'; source: string; total: number; errors: RowError[] }
  | { type: 'chunk'; items: ReviewItem[] }
  | { type: 'done' }
  | { type: 'failed'; message: string };

/**
 * At most this many drafts per message: the page's work for one message (cloning it in, adding it
 * to the list, one render) stays small whatever the size of the batch.
 */
export const CHUNK_ITEMS = 500;
/** A partly filled chunk is sent after this long, so the progress bar moves. */
const CHUNK_MS = 100;

/** The item with its report, and its adaptation only where it differs from the draft. */
export function checked(item: ReviewItem, { report, adapted }: BatchResult): ReviewItem {
  const changed = adapted && (adapted.length !== 1 || adapted[0] !== item.draft.text);
  return changed ? { ...item, report, adapted } : { ...item, report };
}

export interface JobOptions {
  /** Between chunks, how to give the thread back (the in-page fallback yields to the event loop). */
  yieldNow?: () => Promise<void>;
  signal?: AbortSignal;
}

/**
 * Reads the file, checks every draft with the batch runner the CLI uses (scheduled drafts count as
 * published for the drafts after them) and posts the results in bounded chunks. Runs in the
 * batch worker; the page runs it in-thread only where there are no workers (tests).
 */
export async function runBatchJob(job: BatchJob, post: (message: BatchMessage) => void, options: JobOptions = {}): Promise<void> {
  try {
    const parsed = parseBatch(job.file.name, await job.file.text());
    const items = itemsFromRows(parsed.rows);
    post({ type: 'start', source: job.file.name, total: items.length, errors: parsed.errors });
    const runner = createBatchRunner({ settings: job.settings, now: job.now, adapt: true });
    let chunk: ReviewItem[] = [];
    let since = performance.now();
    for (let i = 0; i < items.length; i++) {
      if (options.signal?.aborted) return;
      const item = items[i]!;
      items[i] = undefined as never; // sent items are not kept twice
      chunk.push(checked(item, runner.check({ draft: item.draft, postedAt: item.postedAt, id: item.key })));
      if (chunk.length >= CHUNK_ITEMS || performance.now() - since > CHUNK_MS || i === items.length - 1) {
        post({ type: 'chunk', items: chunk });
        chunk = [];
        await options.yieldNow?.();
        since = performance.now();
      }
    }
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message });
  }
}
