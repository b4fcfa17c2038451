import { listContacts } from '@/lib/storage/contacts';
import type { Handler } from './types';

/** Every known contact, most recently changed first. */
export const handleListContacts: Handler<'list-contacts'> = async (_request, ctx) =>
  (await listContacts(ctx.db)).sort((a, b) => b.updatedAt - a.updatedAt);
