import { getContact, deleteContact } from '@/lib/storage/contacts';
import type { Handler } from './types';

export const handleDeleteContact: Handler<'delete-contact'> = async ({ platform, handle }, ctx) => {
  const existed = (await getContact(ctx.db, platform, handle)) !== null;
  await deleteContact(ctx.db, platform, handle);
  return { deleted: existed };
};
