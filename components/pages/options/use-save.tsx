/** Saving a settings patch from one section: field errors from the background, a "Saved" line. */
import { useState } from 'react';
import { useUpdateSettings } from '@/lib/hooks/use-settings';
import type { SettingsPatch } from '@/lib/contract/schemas';
import { messagingFieldErrors, type FieldErrors } from '../shared/form';

export function useSaveSettings() {
  const update = useUpdateSettings();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = async (patch: SettingsPatch): Promise<boolean> => {
    setSaved(false);
    try {
      await update.mutateAsync(patch);
      setErrors({});
      setSaved(true);
      return true;
    } catch (error) {
      setErrors(messagingFieldErrors(error));
      return false;
    }
  };
  return { save, errors, setErrors, saved, setSaved, pending: update.isPending };
}

/** "" → null (clears the setting), otherwise the trimmed text. */
export const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function SaveRow({ pending, saved, label = 'Save' }: { pending: boolean; saved: boolean; label?: string }) {
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={pending}>
        {pending ? 'Saving…' : label}
      </button>
      {saved && (
        <span className="saved" role="status">
          Saved
        </span>
      )}
    </div>
  );
}
