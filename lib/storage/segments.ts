/** Audience segments: a name, a funnel stage, and the platforms/accounts they are the default for. */
import type { PostwiseDB } from './db';
import { newId } from './ids';
import { SegmentRowSchema, type SegmentRow } from '../contract/schemas';
import type { z } from 'zod';

export type SegmentInput = Omit<z.input<typeof SegmentRowSchema>, 'id'> & { id?: string };

export async function saveSegment(db: PostwiseDB, input: SegmentInput): Promise<SegmentRow> {
  const row = SegmentRowSchema.parse({ ...input, id: input.id ?? newId() });
  await db.segments.put(row);
  return row;
}

export async function listSegments(db: PostwiseDB): Promise<SegmentRow[]> {
  const rows = await db.segments.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

export async function deleteSegment(db: PostwiseDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.segments, async () => {
    const existed = (await db.segments.get(id)) !== undefined;
    await db.segments.delete(id);
    return existed;
  });
}
