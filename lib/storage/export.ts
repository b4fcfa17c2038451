/** Export: every table in one JSON document (see export-format.ts). */
import type { z } from 'zod';
import type { PostwiseDB } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../contract/export-format';
import {
  ContactRowSchema,
  DraftRowSchema,
  FindingLogRowSchema,
  PostRowSchema,
  ReviewRowSchema,
  SegmentRowSchema,
  SettingsRowSchema,
} from '../contract/schemas';

/**
 * Rows with their keys in schema order, so the same data always exports to the same bytes
 * (IndexedDB keeps key order as written; auto-increment ids are appended last). A row that no
 * longer validates is exported as it is: an export never drops data.
 */
function canonical<T>(schema: z.ZodType<T>, rows: unknown[]): T[] {
  return rows.map((row) => {
    const parsed = schema.safeParse(row);
    return parsed.success ? parsed.data : (row as T);
  });
}

/** Reads every table in one transaction, so the file is a consistent snapshot. */
export async function exportAll(db: PostwiseDB, now = Date.now()): Promise<ExportFile> {
  return db.transaction('r', db.allTables(), async () => {
    const [posts, drafts, contacts, segments, settings, findings, reviews] = await Promise.all([
      db.posts.toArray(),
      db.drafts.toArray(),
      db.contacts.toArray(),
      db.segments.toArray(),
      db.settings.toArray(),
      db.findings.toArray(),
      db.reviews.toArray(),
    ]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(now).toISOString(),
      tables: {
        posts: canonical(PostRowSchema, posts),
        drafts: canonical(DraftRowSchema, drafts),
        contacts: canonical(ContactRowSchema, contacts),
        segments: canonical(SegmentRowSchema, segments),
        settings: canonical(SettingsRowSchema, settings),
        findings: canonical(FindingLogRowSchema, findings),
        reviews: canonical(ReviewRowSchema, reviews),
      },
    };
  });
}

/** The file name offered for download, e.g. postwise-export-2026-03-02.json. */
export function exportFileName(now = Date.now()): string {
  return `postwise-export-${new Date(now).toISOString().slice(0, 10)}.json`;
}
