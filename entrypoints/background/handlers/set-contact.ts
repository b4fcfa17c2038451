import { setContact } from '@/lib/storage/contacts';
import type { Handler } from './types';

export const handleSetContact: Handler<'set-contact'> = ({ type: _type, ...contact }, ctx) => setContact(ctx.db, contact, ctx.now());
