import { analyze } from '@/lib/analysis/analyze';
import { getSettings } from '@/lib/storage/settings';
import type { Handler } from './types';

/** Checks a draft against the warm history index and the saved settings. */
export const handleAnalyze: Handler<'analyze'> = async ({ draft, now }, ctx) => {
  const [history, settings] = await Promise.all([ctx.history.get(), getSettings(ctx.db)]);
  return analyze(draft, { history, settings, now: now ?? ctx.now() });
};
