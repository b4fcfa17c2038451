import { analyze } from '@/lib/analysis/analyze';
import { isStorageFailure } from '@/lib/contract/errors';
import { getSettings } from '@/lib/storage/settings';
import type { Handler } from './types';

/** Said when the database is out of reach: the draft is still checked, without the user's data. */
export const NO_STORAGE_NOTE =
  'Your saved posts and settings could not be read just now (browser storage unavailable), so this check left out cross-posting and your own settings.';

/**
 * Checks a draft against the warm history index and the saved settings. When the browser refuses
 * the database (quota, open errors), it still checks the draft on its own and says so in a note.
 */
export const handleAnalyze: Handler<'analyze'> = async ({ draft, now }, ctx) => {
  const at = now ?? ctx.now();
  let stored;
  try {
    await ctx.ready();
    stored = await Promise.all([ctx.history.get(), getSettings(ctx.db)]);
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    const report = analyze(draft, { now: at });
    return { ...report, notes: [...report.notes, NO_STORAGE_NOTE] };
  }
  const [history, settings] = stored;
  return analyze(draft, { history, settings, now: at });
};
