/** Settings: read, and patch (null clears a key). Analyses are redone with the new settings. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '../messaging/client';
import type { SettingsPatch } from '../contract/schemas';
import { queryKeys } from './query-keys';

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings(), queryFn: () => sendMessage({ type: 'get-settings' }) });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => sendMessage({ type: 'set-settings', patch }),
    onSuccess: (settings) => {
      client.setQueryData(queryKeys.settings(), settings);
      void client.invalidateQueries({ queryKey: queryKeys.analysis() });
      // A shorter retention may have removed history.
      void client.invalidateQueries({ queryKey: queryKeys.coaching() });
    },
  });
}
