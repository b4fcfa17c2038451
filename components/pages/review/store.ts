/** The reviewers' page state: the batch, its reports, filters, the open draft, and the run's progress. */
import { create } from 'zustand';
import type { Category, Verdict } from '@/lib/analysis/schemas';
import type { RowError } from '@/lib/batch/rows';
import { summaryOf, type ReviewSummary } from './batch';
import type { ReviewItem } from './item';

export type DecisionFilter = 'all' | 'pending' | 'approved' | 'changes-requested';

export interface Filters {
  verdict: 'all' | Verdict;
  category: 'all' | Category;
  decision: DecisionFilter;
}

export const PAGE_SIZE = 50;

interface ReviewState {
  /** The drafts in list order, as the table needs them. */
  items: ReviewSummary[];
  /** Pasted drafts in full (a batch's stay with its session until opened). */
  pasted: ReadonlyMap<string, ReviewItem>;
  /** Where the batch came from (file name or "pasted drafts"). */
  source: string;
  rowErrors: RowError[];
  progress: { done: number; total: number } | null;
  filters: Filters;
  page: number;
  openKey: string | null;
  /** A batch file is being checked: its drafts arrive in chunks (appendItems) until finishBatch. */
  startBatch: (source: string, total: number, rowErrors: RowError[]) => void;
  appendItems: (items: ReviewSummary[]) => void;
  finishBatch: () => void;
  addItem: (item: ReviewItem) => void;
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  setPage: (page: number) => void;
  open: (key: string | null) => void;
  clear: () => void;
}

const INITIAL = {
  items: [] as ReviewSummary[],
  pasted: new Map<string, ReviewItem>() as ReadonlyMap<string, ReviewItem>,
  source: '',
  rowErrors: [] as RowError[],
  progress: null,
  filters: { verdict: 'all', category: 'all', decision: 'all' } as Filters,
  page: 0,
  openKey: null,
};

export const useReviewStore = create<ReviewState>((set) => ({
  ...INITIAL,
  startBatch: (source, total, rowErrors) =>
    set({ source, items: [], pasted: new Map(), rowErrors, page: 0, openKey: null, progress: { done: 0, total } }),
  appendItems: (chunk) =>
    set((s) => {
      const items = s.items.concat(chunk);
      return {
        items,
        progress: s.progress && { done: Math.min(s.progress.total, s.progress.done + chunk.length), total: s.progress.total },
      };
    }),
  finishBatch: () => set({ progress: null }),
  addItem: (item) =>
    set((s) => ({
      items: [...s.items.filter((i) => i.key !== item.key), summaryOf(item)],
      pasted: new Map(s.pasted).set(item.key, item),
      source: s.source || 'pasted drafts',
    })),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value }, page: 0 })),
  setPage: (page) => set({ page }),
  open: (openKey) => set({ openKey }),
  clear: () => set(INITIAL),
}));
