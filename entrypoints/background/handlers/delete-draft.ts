import { deleteDraft } from '@/lib/storage/drafts';
import type { Handler } from './types';

export const handleDeleteDraft: Handler<'delete-draft'> = async ({ key }, ctx) => ({ deleted: await deleteDraft(ctx.db, key) });
