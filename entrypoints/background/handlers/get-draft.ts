import { getDraft } from '@/lib/storage/drafts';
import type { Handler } from './types';

export const handleGetDraft: Handler<'get-draft'> = ({ key }, ctx) => getDraft(ctx.db, key, ctx.now());
