/** A contact's funnel stage (platform + handle). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Platform, Stage } from '../analysis/schemas';
import { sendMessage } from '../messaging/client';
import { queryKeys } from './query-keys';

export function useContact(platform: Platform, handle: string) {
  return useQuery({
    queryKey: queryKeys.contact(platform, handle),
    queryFn: () => sendMessage({ type: 'get-contact', platform, handle }),
    enabled: handle.trim() !== '',
  });
}

export function useSetContactStage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { platform: Platform; handle: string; stage: Stage; note?: string }) =>
      sendMessage({ type: 'set-contact', ...input }),
    onSuccess: (row) => {
      client.setQueryData(queryKeys.contact(row.platform, row.handle), row);
      void client.invalidateQueries({ queryKey: ['postwise', 'stats'] });
      void client.invalidateQueries({ queryKey: queryKeys.contactList() });
    },
  });
}

/** Every known contact, most recently changed first. */
export function useContacts() {
  return useQuery({ queryKey: queryKeys.contactList(), queryFn: () => sendMessage({ type: 'list-contacts' }) });
}

export function useDeleteContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { platform: Platform; handle: string }) => sendMessage({ type: 'delete-contact', ...input }),
    onSuccess: (_result, input) => {
      client.setQueryData(queryKeys.contact(input.platform, input.handle), null);
      void client.invalidateQueries({ queryKey: queryKeys.contactList() });
      void client.invalidateQueries({ queryKey: ['postwise', 'stats'] });
    },
  });
}
