import { mayAdapt, withComposerExtras } from '@/lib/analysis/adapt/report';
import type { KnownContact } from '@/lib/analysis/adapt/index';
import { analyze as analyzeDraft, type AnalysisContext } from '@/lib/analysis/analyze';
import type { Report } from '@/lib/analysis/schemas';
import { complaintModel } from '@/lib/models/complaint';
import { isStorageFailure } from '@/lib/contract/errors';
import { namedContacts } from '@/lib/storage/contacts';
import type { PostwiseDB } from '@/lib/storage/db';
import { getSettings } from '@/lib/storage/settings';
import type { Handler } from './types';

/** The engine with the complaint model loaded. */
const analyze = (draft: Parameters<typeof analyzeDraft>[0], context: AnalysisContext) =>
  analyzeDraft(draft, { ...context, complaintModel });

/** Said when the database is out of reach: the draft is still checked, without the user's data. */
export const NO_STORAGE_NOTE =
  'Your saved posts and settings could not be read just now (browser storage unavailable), so this check left out cross-posting and your own settings.';

/** Said on the quick first answer after the service worker woke, before the history is loaded. */
export const WARMING_NOTE = 'Your post history is still loading: cross-posting and the promo ratio will be checked in a moment.';

/**
 * Checks a draft against the warm history index and the saved settings. Just after a wake, if the
 * index is not ready within ctx.historyWaitMs, it answers at once without the history checks
 * (historyPending) and the caller asks again with waitForHistory for the complete answer. When the
 * browser refuses the database (quota, open errors), it still checks the draft on its own and says
 * so in a note. The answers carry the composer card's fold preview and "Adapt for …" rewrite.
 */
export const handleAnalyze: Handler<'analyze'> = async ({ draft, now, waitForHistory }, ctx) => {
  const at = now ?? ctx.now();
  let stored;
  try {
    await ctx.ready();
    stored = await Promise.all([waitForHistory ? ctx.history.get() : ctx.history.within(ctx.historyWaitMs), getSettings(ctx.db)]);
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    const report = analyze(draft, { now: at });
    return { ...report, notes: [...report.notes, NO_STORAGE_NOTE] };
  }
  const [history, settings] = stored;
  const context = history ? { history, settings, now: at } : { settings, now: at };
  const report = analyze(draft, context);
  // The card's extras: the fold per screen and, when the draft breaks this network's norms, its adaptation.
  const extended = withComposerExtras(draft, report, { ...context, contacts: await contactsFor(draft.text, report, ctx.db) });
  return history ? extended : { ...extended, notes: [...extended.notes, WARMING_NOTE], historyPending: true as const };
};

/**
 * Named contacts, for "Adapt" to turn a handle that does not tag here into a name: read only when
 * there will be an adaptation and the draft has a handle (not on every keystroke of every reply).
 */
async function contactsFor(text: string, report: Report, db: PostwiseDB): Promise<KnownContact[]> {
  if (!text.includes('@') || !mayAdapt(report)) return [];
  try {
    return (await namedContacts(db)).map((c) => ({ handle: c.handle, name: c.name!, platform: c.platform }));
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    return []; // the adaptation keeps the handles, without "@"
  }
}
