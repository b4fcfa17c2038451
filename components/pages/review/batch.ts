/**
 * The reviewers' batch: drafts from a pasted form or a JSONL/CSV file. A file is read and checked
 * in a Web Worker (worker.ts), which sends summaries back in bounded chunks and keeps the full
 * reports until a draft is opened or the batch exported, so a 100,000-draft batch never blocks
 * the page nor fills its memory.
 */
import type { Category, Draft, Report, Settings } from '@/lib/analysis/schemas';
import type { ReviewRow } from '@/lib/contract/schemas';
import { parseBatch, rowToDraft, type ParsedRow, type RowError } from '@/lib/batch/rows';
import { createBatchRunner, type BatchResult } from '@/lib/batch/runner';
import { exportRows, type ExportedDraft } from './export';
import { itemFromDraft, type ReviewItem } from './item';

export function itemsFromRows(rows: readonly ParsedRow[]): ReviewItem[] {
  return rows.map(({ line, row }) => itemFromDraft(rowToDraft(row), line, row.posted_at ? Date.parse(row.posted_at) : undefined));
}

/** The item with its report, and its adaptation only where it differs from the draft. */
export function checked(item: ReviewItem, { report, adapted }: BatchResult): ReviewItem {
  const changed = adapted && (adapted.length !== 1 || adapted[0] !== item.draft.text);
  return changed ? { ...item, report, adapted } : { ...item, report };
}

/**
 * What the page keeps of a checked draft: enough for the table, its filters and counts. The full
 * draft and report stay with the batch session (in the worker) until the draft is opened, so a
 * 100,000-draft batch costs the page a few megabytes, not hundreds.
 */
export interface ReviewSummary {
  key: string;
  line: number | null;
  platform: Draft['platform'];
  kind: Draft['kind'];
  /** The text, flattened and cut for the table. */
  preview: string;
  verdict: Report['verdict'];
  /** Findings per severity. */
  fix: number;
  warn: number;
  info: number;
  categories: Category[];
}

const PREVIEW = 110;

export function summaryOf(item: ReviewItem): ReviewSummary {
  const findings = item.report?.findings ?? [];
  const flat = item.draft.text.replace(/\s+/g, ' ').trim();
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return {
    key: item.key,
    line: item.line,
    platform: item.draft.platform,
    kind: item.draft.kind,
    preview: flat.length > PREVIEW ? `${flat.slice(0, PREVIEW - 1)}…` : flat,
    verdict: item.report?.verdict ?? 'ok',
    fix: count('fix'),
    warn: count('warn'),
    info: count('info'),
    categories: [...new Set(findings.map((f) => f.category))],
  };
}

/** What the page asks the batch worker to do. */
export interface BatchJob {
  file: Blob & { name: string };
  settings?: Settings;
  now: number;
}

/** The page's requests: the batch to check, then a draft to open or the rows to export. */
export type BatchRequest =
  | { type: 'job'; job: BatchJob }
  | { type: 'stop' }
  | { type: 'get'; id: number; key: string }
  /** Every checked draft but those in `skip` (pasted over since), with the decisions given. */
  | { type: 'export'; id: number; decisions: ReviewRow[]; skip: string[] };

/** What the worker answers, in order: one start, chunks of checked drafts, then done (or failed); and answers to requests. */
export type BatchMessage =
  | { type: 'start'; source: string; total: number; errors: RowError[] }
  | { type: 'chunk'; items: ReviewSummary[] }
  | { type: 'done' }
  | { type: 'failed'; message: string }
  | { type: 'item'; id: number; item: ReviewItem | null }
  | { type: 'exported'; id: number; rows: ExportedDraft[] };

/**
 * At most this many drafts per message: the page's work for one message (cloning it in, adding it
 * to the list, one render) stays small whatever the size of the batch.
 */
export const CHUNK_ITEMS = 500;
/** A partly filled chunk is sent after this long, so the progress bar moves. */
const CHUNK_MS = 100;

export interface JobOptions {
  /** Between chunks, how to give the thread back (the in-page fallback yields to the event loop). */
  yieldNow?: () => Promise<void>;
  signal?: AbortSignal;
}

/**
 * One batch file on the reviewers' page, where the checking happens (the batch worker; in-thread
 * only where there are no workers, as in tests): it reads the file, checks every draft with the
 * batch runner the CLI uses (scheduled drafts count as published for the drafts after them), posts
 * summaries in bounded chunks, and keeps the full drafts and reports to answer "open" and "export".
 */
export class BatchSession {
  private readonly items = new Map<string, ReviewItem>();
  private stopped = false;

  constructor(private readonly post: (message: BatchMessage) => void) {}

  async run(job: BatchJob, options: JobOptions = {}): Promise<void> {
    try {
      const parsed = parseBatch(job.file.name, await job.file.text());
      const items = itemsFromRows(parsed.rows);
      this.post({ type: 'start', source: job.file.name, total: items.length, errors: parsed.errors });
      const runner = createBatchRunner({ settings: job.settings, now: job.now, adapt: true });
      let chunk: ReviewSummary[] = [];
      let since = performance.now();
      for (let i = 0; i < items.length; i++) {
        if (options.signal?.aborted || this.stopped) return;
        const item = checked(items[i]!, runner.check({ draft: items[i]!.draft, postedAt: items[i]!.postedAt, id: items[i]!.key }));
        items[i] = undefined as never; // kept once, in the map
        this.items.set(item.key, item);
        chunk.push(summaryOf(item));
        if (chunk.length >= CHUNK_ITEMS || performance.now() - since > CHUNK_MS || i === items.length - 1) {
          this.post({ type: 'chunk', items: chunk });
          chunk = [];
          await options.yieldNow?.();
          since = performance.now();
        }
      }
      this.post({ type: 'done' });
    } catch (error) {
      this.post({ type: 'failed', message: (error as Error).message });
    }
  }

  /** Answers a request of the page about this batch. */
  answer(request: Exclude<BatchRequest, { type: 'job' }>): void {
    if (request.type === 'stop') this.stopped = true;
    else if (request.type === 'get') this.post({ type: 'item', id: request.id, item: this.items.get(request.key) ?? null });
    else {
      const decisions = new Map(request.decisions.map((d) => [d.draftKey, d]));
      const skip = new Set(request.skip);
      const items = [...this.items.values()].filter((i) => !skip.has(i.key));
      this.post({ type: 'exported', id: request.id, rows: exportRows(items, decisions) });
    }
  }
}
