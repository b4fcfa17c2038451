/** Contacts and their funnel stages (platform + handle), as the options page lists and edits them. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Platform, Stage } from '../analysis/schemas';
import { sendMessage } from '../messaging/client';
import { queryKeys } from './query-keys';

export function useSetContactStage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { platform: Platform; handle: string; stage: Stage; note?: string }) =>
      sendMessage({ type: 'set-contact', ...input }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.coaching() });
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
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.contactList() });
      void client.invalidateQueries({ queryKey: queryKeys.coaching() });
    },
  });
}
