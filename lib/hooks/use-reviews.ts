/** Reviewers' verdicts on a draft, and the findings log. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '../messaging/client';
import type { FindingLogInput, ReviewInput } from '../contract/schemas';
import { queryKeys } from './query-keys';

export function useReviews(draftKey: string) {
  return useQuery({ queryKey: queryKeys.reviews(draftKey), queryFn: () => sendMessage({ type: 'list-reviews', draftKey }) });
}

export function useSaveReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (review: ReviewInput) => sendMessage({ type: 'save-review', review }),
    onSuccess: (row) => {
      void client.invalidateQueries({ queryKey: queryKeys.reviews(row.draftKey) });
      void client.invalidateQueries({ queryKey: ['postwise', 'review-batch'] });
    },
  });
}

/** Logs shown / fixed / dismissed findings; stats change with it. */
export function useLogFindings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (events: FindingLogInput[]) => sendMessage({ type: 'log-findings', events }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['postwise', 'stats'] }),
  });
}

/** The reviews of a batch (draft keys starting with `prefix`), oldest first. */
export function useReviewBatch(prefix: string) {
  return useQuery({ queryKey: queryKeys.reviewBatch(prefix), queryFn: () => sendMessage({ type: 'list-review-batch', prefix }) });
}
