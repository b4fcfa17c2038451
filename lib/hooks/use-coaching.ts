/** The coaching popup's numbers (refreshed when a page changes a contact, a setting or the data). */
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
