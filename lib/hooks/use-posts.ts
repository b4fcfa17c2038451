/** Recording a published post: stats and analyses change with the history. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '../messaging/client';
import type { PostInput } from '../contract/schemas';
import { queryKeys } from './query-keys';

export function useRecordPost() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (post: PostInput) => sendMessage({ type: 'record-post', post }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['postwise', 'stats'] });
      void client.invalidateQueries({ queryKey: queryKeys.analysis() });
    },
  });
}
