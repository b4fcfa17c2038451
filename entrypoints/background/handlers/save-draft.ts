import { saveDraft } from '@/lib/storage/drafts';
import type { Handler } from './types';

export const handleSaveDraft: Handler<'save-draft'> = ({ draft, replaces }, ctx) =>
  saveDraft(ctx.db, draft, ctx.now(), replaces ? { replaces } : {});
