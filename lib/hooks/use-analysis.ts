/** The report for a draft, from the background's engine and warm history; keeps the last report while typing. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Draft } from '../analysis/schemas';
import { sendMessage } from '../messaging/client';
import { queryKeys } from './query-keys';

export function useAnalysis(draft: Draft | undefined) {
  return useQuery({
    queryKey: queryKeys.analysis(draft),
    queryFn: () => sendMessage({ type: 'analyze', draft: draft! }),
    enabled: !!draft && draft.text.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
