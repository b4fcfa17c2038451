/**
 * Autosaved drafts, one row per composer key, so a closed tab or a crash loses nothing. Each page
 * load writes under its own slot: when two tabs hold the same composer, a save keeps the other
 * tab's draft beside its own (merged in one transaction), and a post or a restore removes only the
 * drafts it supersedes, so every surviving draft is offered back. Rows have a size cap (the content
 * script saves a longer draft in part, and says so), a count cap and an expiry.
 */
import type { z } from 'zod';
import type { PostwiseDB } from './db';
import { DRAFT_TTL_DAYS, MAX_DRAFTS } from '../contract/limits';
import { DraftRowSchema, MAX_EARLIER_DRAFTS, type DraftRow } from '../contract/schemas';
import { DAY } from '../util/time';

export type DraftInput = Omit<z.input<typeof DraftRowSchema>, 'updatedAt'> & { updatedAt?: number };
type Entry = NonNullable<DraftRow['earlier']>[number];

/** Entries without a slot (rows saved before slots) count as one slot of their own. */
const slotOf = (e: { slot?: string }) => e.slot ?? '';
const entryOf = (row: DraftRow): Entry => ({ text: row.text, updatedAt: row.updatedAt, ...(row.slot ? { slot: row.slot } : {}) });
const entriesOf = (row: DraftRow): Entry[] => [entryOf(row), ...(row.earlier ?? [])];
const expired = (row: DraftRow, now: number) => row.updatedAt < now - DRAFT_TTL_DAYS * DAY;

/** Entries newest first, one per slot (another tab's newer draft wins over the copy carried here). */
function newestPerSlot(entries: readonly Entry[]): Entry[] {
  const sorted = [...entries].sort((a, b) => b.updatedAt - a.updatedAt);
  const seen = new Set<string>();
  return sorted.filter((e) => {
    if (!e.slot) return true;
    if (seen.has(e.slot)) return false;
    seen.add(e.slot);
    return true;
  });
}

/** Entries newest first, one per text (the first kept), at most `max`. */
function distinct(entries: readonly Entry[], max: number, without?: string): Entry[] {
  const seen = new Set(without === undefined ? [] : [without]);
  const out: Entry[] = [];
  for (const e of entries) {
    if (seen.has(e.text) || !e.text.trim()) continue;
    seen.add(e.text);
    out.push(e);
  }
  return out.slice(0, max);
}

export interface SaveOptions {
  /** Slots whose drafts this save supersedes (the drafts that were on offer in this tab). */
  replaces?: readonly string[];
}

/**
 * Saves the draft of one composer. With a slot, drafts of other slots already stored are kept
 * beside it (another tab's work is never overwritten), except those the save `replaces`.
 */
export async function saveDraft(db: PostwiseDB, input: DraftInput, now = Date.now(), options: SaveOptions = {}): Promise<DraftRow> {
  const parsed = DraftRowSchema.parse({ ...input, updatedAt: input.updatedAt ?? now });
  return db.transaction('rw', db.drafts, async () => {
    const current = await db.drafts.get(parsed.key);
    let row = parsed;
    if (parsed.slot && current && !expired(current, now)) {
      // Superseded: this tab's own drafts, and the offered ones it neither kept nor restored.
      const carried = new Set((parsed.earlier ?? []).map(slotOf));
      const superseded = new Set([parsed.slot, ...(options.replaces ?? []).filter((slot) => !carried.has(slot))]);
      const others = entriesOf(current).filter((e) => !superseded.has(slotOf(e)));
      const earlier = distinct(newestPerSlot([...(parsed.earlier ?? []), ...others]), MAX_EARLIER_DRAFTS, parsed.text);
      const { earlier: _old, ...rest } = parsed;
      row = earlier.length ? { ...rest, earlier } : rest;
    }
    await db.drafts.put(row);
    await prune(db, now, row.key);
    return row;
  });
}

/** The saved draft of one composer (none once it expired, when `now` is given). */
export async function getDraft(db: PostwiseDB, key: string, now?: number): Promise<DraftRow | null> {
  const row = await db.drafts.get(key);
  if (!row) return null;
  if (now === undefined || !expired(row, now)) return row;
  await db.drafts.delete(key);
  return null;
}

export interface DeleteOptions {
  /** Only the drafts of this slot (and of the slots it `replaces`) go; other tabs' drafts stay. */
  slot?: string;
  replaces?: readonly string[];
}

/**
 * Removes a composer's draft (after it was published or discarded); true when there was one.
 * With a slot, only that tab's drafts go: another tab's draft stays, offered next time.
 */
export async function deleteDraft(db: PostwiseDB, key: string, options: DeleteOptions = {}): Promise<boolean> {
  return db.transaction('rw', db.drafts, async () => {
    const current = await db.drafts.get(key);
    if (!current) return false;
    if (options.slot) {
      const superseded = new Set([options.slot, ...(options.replaces ?? [])]);
      const left = distinct(
        entriesOf(current)
          .filter((e) => !superseded.has(slotOf(e)))
          .sort((a, b) => b.updatedAt - a.updatedAt),
        MAX_EARLIER_DRAFTS + 1,
      );
      const [newest, ...earlier] = left;
      if (newest) {
        const { earlier: _old, slot: _slot, ...rest } = current;
        await db.drafts.put({
          ...rest,
          text: newest.text,
          updatedAt: newest.updatedAt,
          ...(newest.slot ? { slot: newest.slot } : {}),
          ...(earlier.length ? { earlier } : {}),
        });
        return true;
      }
    }
    await db.drafts.delete(key);
    return true;
  });
}

/** Drops expired drafts, and the oldest beyond MAX_DRAFTS (never `keep`, the one just saved). */
async function prune(db: PostwiseDB, now: number, keep: string): Promise<void> {
  await db.drafts
    .where('updatedAt')
    .below(now - DRAFT_TTL_DAYS * DAY)
    .and((d) => d.key !== keep)
    .delete();
  const extra = (await db.drafts.count()) - MAX_DRAFTS;
  if (extra > 0) {
    const oldest = await db.drafts
      .orderBy('updatedAt')
      .filter((d) => d.key !== keep)
      .limit(extra)
      .primaryKeys();
    await db.drafts.bulkDelete(oldest);
  }
}
