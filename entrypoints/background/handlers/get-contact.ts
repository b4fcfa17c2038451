import { getContact } from '@/lib/storage/contacts';
import type { Handler } from './types';

export const handleGetContact: Handler<'get-contact'> = ({ platform, handle }, ctx) => getContact(ctx.db, platform, handle);
