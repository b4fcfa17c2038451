/** The reviewers' page state: the batch, its reports, filters, the open draft, and the run's progress. */
import { create } from 'zustand';
import type { Category, Report, Verdict } from '@/lib/analysis/schemas';
import type { RowError } from '@/lib/batch/rows';
import type { ReviewItem } from './batch';

export type DecisionFilter = 'all' | 'pending' | 'approved' | 'changes-requested';

export interface Filters {
  verdict: 'all' | Verdict;
  category: 'all' | Category;
  decision: DecisionFilter;
}

export const PAGE_SIZE = 50;

interface ReviewState {
  items: ReviewItem[];
  /** Where the batch came from (file name or "pasted drafts"). */
  source: string;
  rowErrors: RowError[];
  progress: { done: number; total: number } | null;
  filters: Filters;
  page: number;
  openKey: string | null;
  setBatch: (source: string, items: ReviewItem[], rowErrors: RowError[]) => void;
  addItem: (item: ReviewItem) => void;
  setReports: (fromIndex: number, reports: Report[]) => void;
  setProgress: (progress: ReviewState['progress']) => void;
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  setPage: (page: number) => void;
  open: (key: string | null) => void;
  clear: () => void;
}

const INITIAL = {
  items: [] as ReviewItem[],
  source: '',
  rowErrors: [] as RowError[],
  progress: null,
  filters: { verdict: 'all', category: 'all', decision: 'all' } as Filters,
  page: 0,
  openKey: null,
};

export const useReviewStore = create<ReviewState>((set) => ({
  ...INITIAL,
  setBatch: (source, items, rowErrors) => set({ source, items, rowErrors, page: 0, openKey: null, progress: null }),
  addItem: (item) => set((s) => ({ items: [...s.items.filter((i) => i.key !== item.key), item], source: s.source || 'pasted drafts' })),
  setReports: (fromIndex, reports) =>
    set((s) => {
      const items = s.items.slice();
      reports.forEach((report, i) => {
        const item = items[fromIndex + i];
        if (item && !item.report) items[fromIndex + i] = { ...item, report };
      });
      return { items };
    }),
  setProgress: (progress) => set({ progress }),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value }, page: 0 })),
  setPage: (page) => set({ page }),
  open: (openKey) => set({ openKey }),
  clear: () => set(INITIAL),
}));
