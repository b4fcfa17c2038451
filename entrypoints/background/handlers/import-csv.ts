import { importPostsCsv } from '@/lib/storage/csv-import';
import type { Handler } from './types';

/** Seeds the history with past posts from a CSV; bad lines come back with their line numbers. */
export const handleImportCsv: Handler<'import-csv'> = async ({ csv }, ctx) => {
  const { imported, errors, posts } = await importPostsCsv(ctx.db, csv);
  for (const post of posts) await ctx.history.add(post);
  return { imported, errors };
};
