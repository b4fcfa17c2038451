import { importAll } from '@/lib/storage/import';
import type { Handler } from './types';

/** Replaces (or merges into) the database from an export file; the index is rebuilt on next use. */
export const handleImport: Handler<'import'> = async ({ file, mode }, ctx) => {
  const summary = await importAll(ctx.db, file, mode);
  ctx.history.invalidate();
  return summary;
};
