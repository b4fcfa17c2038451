/** Every page's React root: one QueryClient whose onError reports to the page's notices. */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from '@/lib/hooks/query-client';
import { useNotices } from './notices';

/** A QueryClient whose failed queries and mutations become an error notice. */
export function createPageQueryClient(): QueryClient {
  return createQueryClient((error) => useNotices.getState().push('error', error.message));
}

export function PageRoot({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createPageQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Notices />
    </QueryClientProvider>
  );
}

/** The notices, announced to screen readers; errors stay until dismissed. */
export function Notices() {
  const { notices, dismiss } = useNotices();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button type="button" className="link" onClick={() => dismiss(n.id)} aria-label="Dismiss message">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
