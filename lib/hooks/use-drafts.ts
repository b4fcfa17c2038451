/** Autosaved drafts per composer key. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '../messaging/client';
import type { Request } from '../messaging/protocol';
import { queryKeys } from './query-keys';

type DraftInput = Extract<Request, { type: 'save-draft' }>['draft'];

export function useDrafts() {
  return useQuery({ queryKey: queryKeys.drafts(), queryFn: () => sendMessage({ type: 'list-drafts' }) });
}

export function useDraft(key: string) {
  return useQuery({ queryKey: queryKeys.draft(key), queryFn: () => sendMessage({ type: 'get-draft', key }) });
}

export function useSaveDraft() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: DraftInput) => sendMessage({ type: 'save-draft', draft }),
    onSuccess: (row) => {
      client.setQueryData(queryKeys.draft(row.key), row);
      void client.invalidateQueries({ queryKey: queryKeys.drafts(), exact: true });
    },
  });
}

export function useDeleteDraft() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => sendMessage({ type: 'delete-draft', key }),
    onSuccess: (_result, key) => {
      client.setQueryData(queryKeys.draft(key), null);
      void client.invalidateQueries({ queryKey: queryKeys.drafts(), exact: true });
    },
  });
}
