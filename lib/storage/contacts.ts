/** Contacts: platform + handle → funnel stage and a note. */
import type { Platform } from '../analysis/schemas';
import type { PostwiseDB } from './db';
import { ContactRowSchema, HandleSchema, type ContactRow } from '../contract/schemas';
import type { z } from 'zod';

export type ContactInput = Omit<z.input<typeof ContactRowSchema>, 'updatedAt'>;

export async function getContact(db: PostwiseDB, platform: Platform, handle: string): Promise<ContactRow | null> {
  return (await db.contacts.get([platform, HandleSchema.parse(handle)])) ?? null;
}

/** Sets a contact's stage (and name and note, when given; existing ones are kept otherwise; "" clears one). */
export async function setContact(db: PostwiseDB, input: ContactInput, now = Date.now()): Promise<ContactRow> {
  return db.transaction('rw', db.contacts, async () => {
    const handle = HandleSchema.parse(input.handle);
    const existing = await db.contacts.get([input.platform, handle]);
    const given = {
      ...input,
      ...(input.name?.trim() === '' ? { name: undefined } : {}),
      ...(input.note === '' ? { note: undefined } : {}),
    };
    const row = ContactRowSchema.parse({ name: existing?.name, note: existing?.note, ...given, handle, updatedAt: now });
    if (row.name === undefined) delete row.name;
    if (row.note === undefined) delete row.note;
    await db.contacts.put(row);
    return row;
  });
}

export async function deleteContact(db: PostwiseDB, platform: Platform, handle: string): Promise<void> {
  await db.contacts.delete([platform, HandleSchema.parse(handle)]);
}

/** The contacts with a name, for replacing their handles where those do not tag. */
export async function namedContacts(db: PostwiseDB): Promise<ContactRow[]> {
  return db.contacts.filter((c) => !!c.name).toArray();
}

export async function listContacts(db: PostwiseDB): Promise<ContactRow[]> {
  return db.contacts.toArray();
}
