import { applyRetention } from '@/lib/storage/retention';
import type { SettingsPatch } from '@/lib/contract/schemas';
import { getSettings, updateSettings } from '@/lib/storage/settings';
import type { Handler } from './types';

/** Saves a validated patch; a shorter retention applies at once. */
export const handleSetSettings: Handler<'set-settings'> = async ({ patch }, ctx) => {
  const before = await getSettings(ctx.db);
  const settings = await updateSettings(ctx.db, patch as SettingsPatch);
  if (settings.retentionDays < before.retentionDays) {
    const result = await applyRetention(ctx.db, ctx.now(), settings.retentionDays);
    if (result.postsDeleted) ctx.history.invalidate();
  }
  return settings;
};
