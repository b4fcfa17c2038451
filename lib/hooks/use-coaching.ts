/** The coaching popup's numbers (refreshed with the stats: a recorded post or a logged finding). */
import { useQuery } from '@tanstack/react-query';
import { sendMessage } from '../messaging/client';
import { queryKeys } from './query-keys';

export function useCoaching() {
  return useQuery({
    queryKey: queryKeys.coaching(),
    queryFn: () => sendMessage({ type: 'get-coaching' }),
    // The popup explains a failure in place (e.g. storage unavailable): no second, generic notice.
    meta: { errorShownInline: true },
  });
}
