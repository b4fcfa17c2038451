/** Audience segments. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '../messaging/client';
import type { Request } from '../messaging/protocol';
import { queryKeys } from './query-keys';

type SegmentInput = Extract<Request, { type: 'save-segment' }>['segment'];

export function useSegments() {
  return useQuery({ queryKey: queryKeys.segments(), queryFn: () => sendMessage({ type: 'list-segments' }) });
}

export function useSaveSegment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (segment: SegmentInput) => sendMessage({ type: 'save-segment', segment }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.segments() }),
  });
}

export function useDeleteSegment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => sendMessage({ type: 'delete-segment', id }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.segments() }),
  });
}
