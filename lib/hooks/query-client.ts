/**
 * One QueryClient per React root, with one place that sees every failed query and mutation —
 * except queries marked `meta: { errorShownInline: true }`, whose page shows the error itself.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

export function createQueryClient(onError: (error: Error) => void = (e) => console.error('[postwise]', e)): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => void (query.meta?.errorShownInline ? undefined : onError(error)) }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      // The background is local: a failure will not fix itself by retrying.
      queries: { retry: false, staleTime: 5_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
