import { withComposerExtras } from '@/lib/analysis/adapt/report';
import type { KnownContact } from '@/lib/analysis/adapt/index';
import { analyze as analyzeDraft, type AnalysisContext } from '@/lib/analysis/analyze';
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
    stored = await Promise.all([
      waitForHistory ? ctx.history.get() : ctx.history.within(ctx.historyWaitMs),
      getSettings(ctx.db),
      contactsFor(draft.text, ctx.db),
    ]);
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
    const report = analyze(draft, { now: at });
    return { ...report, notes: [...report.notes, NO_STORAGE_NOTE] };
  }
  const [history, settings, contacts] = stored;
  if (!history) {
    const report = withComposerExtras(draft, analyze(draft, { settings, now: at }), { settings, now: at, contacts });
    return { ...report, notes: [...report.notes, WARMING_NOTE], historyPending: true as const };
  }
  // The card's extras: the fold per screen and, when the draft breaks this network's norms, its adaptation.
  return withComposerExtras(draft, analyze(draft, { history, settings, now: at }), { history, settings, now: at, contacts });
};

/** Named contacts, for "Adapt" to turn a handle that does not tag here into a name; read only when the draft has a handle. */
async function contactsFor(text: string, db: PostwiseDB): Promise<KnownContact[]> {
  if (!text.includes('@')) return [];
  return (await namedContacts(db)).map((c) => ({ handle: c.handle, name: c.name!, platform: c.platform }));
}
