/** The findings log: which findings were shown, fixed or dismissed (what the coaching learns from). */
import type { PostwiseDB } from './db';
import { FindingLogInputSchema, type FindingLogInput, type FindingLogRow } from '../contract/schemas';

/** Appends events in one transaction; returns how many were written. */
export async function logFindings(db: PostwiseDB, events: readonly FindingLogInput[]): Promise<number> {
  const rows = events.map((e) => FindingLogInputSchema.parse(e));
  await db.findings.bulkAdd(rows as FindingLogRow[]);
  return rows.length;
}

/** Log entries since a time, oldest first. */
export async function listFindingEvents(db: PostwiseDB, since = 0): Promise<FindingLogRow[]> {
  return db.findings.where('time').aboveOrEqual(since).toArray();
}
