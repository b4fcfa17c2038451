/** Autosaved drafts, one per composer key, so a closed tab or a crash loses nothing. */
import type { PostwiseDB } from './db';
import { DraftRowSchema, type DraftRow } from '../contract/schemas';
import type { z } from 'zod';

export type DraftInput = Omit<z.input<typeof DraftRowSchema>, 'updatedAt'> & { updatedAt?: number };

/** Saves (replaces) the draft of one composer. */
export async function saveDraft(db: PostwiseDB, input: DraftInput, now = Date.now()): Promise<DraftRow> {
  const row = DraftRowSchema.parse({ ...input, updatedAt: input.updatedAt ?? now });
  await db.drafts.put(row);
  return row;
}

export async function getDraft(db: PostwiseDB, key: string): Promise<DraftRow | null> {
  return (await db.drafts.get(key)) ?? null;
}

/** Removes a draft (after it was published or discarded); true when there was one. */
export async function deleteDraft(db: PostwiseDB, key: string): Promise<boolean> {
  return db.transaction('rw', db.drafts, async () => {
    const existed = (await db.drafts.get(key)) !== undefined;
    await db.drafts.delete(key);
    return existed;
  });
}

/** All saved drafts, most recently saved first. */
export async function listDrafts(db: PostwiseDB): Promise<DraftRow[]> {
  return db.drafts.orderBy('updatedAt').reverse().toArray();
}
