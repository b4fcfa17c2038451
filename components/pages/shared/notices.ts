/** Page-wide messages (saved, failed) in a small zustand store; the QueryClient's onError feeds it. */
import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'error' | 'success';
  text: string;
}

interface NoticeState {
  notices: Notice[];
  push: (kind: Notice['kind'], text: string) => void;
  dismiss: (id: number) => void;
  clear: () => void;
}

let next = 1;

export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  push: (kind, text) => set((s) => ({ notices: [...s.notices.filter((n) => n.text !== text), { id: next++, kind, text }].slice(-4) })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  clear: () => set({ notices: [] }),
}));
