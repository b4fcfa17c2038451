import { listDrafts } from '@/lib/storage/drafts';
import type { Handler } from './types';

export const handleListDrafts: Handler<'list-drafts'> = (_request, ctx) => listDrafts(ctx.db, ctx.now());
