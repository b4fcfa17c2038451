/**
 * The reviewers' batch: drafts from a pasted form or a JSONL/CSV file, analysed in chunks that
 * yield to the event loop (a 5,000-draft batch keeps the page responsive and shows progress).
 */
import type { Draft, Report, Settings } from '@/lib/analysis/schemas';
import { rowToDraft, type ParsedRow } from '@/lib/batch/rows';
import { createBatchRunner } from '@/lib/batch/runner';

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

export interface RunOptions {
  settings?: Settings;
  now?: number;
  /** Longest stretch of work before yielding to the event loop, ms. */
  budgetMs?: number;
  /** Called after each chunk with the reports so far (in item order). */
  onProgress?: (done: number, reports: Report[]) => void;
  signal?: AbortSignal;
  /** How to yield (tests may pass a synchronous one). */
  yieldNow?: () => Promise<void>;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Analyses every item in order with the batch runner the CLI uses (scheduled drafts count as
 * published for the drafts after them). Resolves with one report per item.
 */
export async function analyzeItems(items: readonly ReviewItem[], options: RunOptions = {}): Promise<Report[]> {
  const { settings, now = Date.now(), budgetMs = 12, onProgress, signal, yieldNow = defaultYield } = options;
  const runner = createBatchRunner({ settings, now });
  const reports: Report[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    if (signal?.aborted) throw new DOMException('Analysis cancelled', 'AbortError');
    const item = items[i]!;
    reports.push(runner.check({ draft: item.draft, postedAt: item.postedAt, id: item.key }));
    if (performance.now() - sliceStart > budgetMs || i === items.length - 1) {
      onProgress?.(i + 1, reports);
      if (i < items.length - 1) {
        await yieldNow();
        sliceStart = performance.now();
      }
    }
  }
  return reports;
}
