import { wipeAll } from '@/lib/storage/wipe';
import type { Handler } from './types';

/** Empties every table (the request must carry confirm: true). */
export const handleWipe: Handler<'wipe'> = async (_request, ctx) => {
  await wipeAll(ctx.db);
  ctx.history.invalidate();
  return { wiped: true };
};
