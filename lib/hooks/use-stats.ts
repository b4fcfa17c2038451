/** Counts per platform and category and the promotional share, over all kept data or the last N days. */
import { useQuery } from '@tanstack/react-query';
import { sendMessage } from '../messaging/client';
import { queryKeys } from './query-keys';

export function useStats(sinceDays?: number) {
  return useQuery({
    queryKey: queryKeys.stats(sinceDays),
    queryFn: () => sendMessage({ type: 'get-stats', ...(sinceDays ? { sinceDays } : {}) }),
  });
}
