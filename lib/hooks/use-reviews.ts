/** Reviewers' decisions on the drafts of a batch. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '../messaging/client';
import type { ReviewInput } from '../contract/schemas';
import { queryKeys } from './query-keys';

export function useSaveReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (review: ReviewInput) => sendMessage({ type: 'save-review', review }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.reviewBatch() }),
  });
}

/** The reviews of a batch (draft keys starting with `prefix`), oldest first. */
export function useReviewBatch(prefix: string) {
  return useQuery({ queryKey: queryKeys.reviewBatch(prefix), queryFn: () => sendMessage({ type: 'list-review-batch', prefix }) });
}
