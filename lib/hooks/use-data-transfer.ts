/** Export, import (JSON or CSV of past posts) and wipe; imports and wipes invalidate everything. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '../messaging/client';
import { queryKeys } from './query-keys';

/** Resolves with the export file; the page offers it for download. */
export function useExport() {
  return useMutation({ mutationFn: () => sendMessage({ type: 'export' }) });
}

export function useImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: unknown; mode?: 'replace' | 'merge' }) => sendMessage({ type: 'import', ...input }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.all }),
  });
}

export function useImportCsv() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => sendMessage({ type: 'import-csv', csv }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.all }),
  });
}

/** Deletes everything; the UI asks for confirmation before calling mutate(). */
export function useWipe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => sendMessage({ type: 'wipe', confirm: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.all }),
  });
}
