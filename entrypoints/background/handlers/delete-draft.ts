import { deleteDraft } from '@/lib/storage/drafts';
import type { Handler } from './types';

export const handleDeleteDraft: Handler<'delete-draft'> = async ({ key, slot, replaces }, ctx) => ({
  deleted: await deleteDraft(ctx.db, key, { ...(slot ? { slot } : {}), ...(replaces ? { replaces } : {}) }),
});
