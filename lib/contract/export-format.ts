/**
 * The export file: one JSON document with every table.
 * `{ format: 'postwise-export', version: 3, exportedAt, tables: { posts: [...], ... } }`.
 * Older versions are read through `migrations/`.
 */
import { z } from 'zod';
import {
  ContactRowSchema,
  DraftRowSchema,
  FindingLogRowSchema,
  PostRowSchema,
  ReviewRowSchema,
  SegmentRowSchema,
  SettingsRowSchema,
} from './schemas';

export const EXPORT_FORMAT = 'postwise-export';
/** The version this build writes. */
export const EXPORT_VERSION = 3;

/** Flags rows that share a primary key, pointing at the later one. */
export function uniqueBy<T>(key: (row: T) => string) {
  return (rows: T[], ctx: z.core.$RefinementCtx<T[]>) => {
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const k = key(row);
      const first = seen.get(k);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i], message: `duplicate key "${k}" (also at [${first}])` });
      else seen.set(k, i);
    });
  };
}

/** The tables of format version 3 (database schema version 4; `caches` is never exported). */
export const TablesSchema = z.object({
  posts: z.array(PostRowSchema).superRefine(uniqueBy((r) => r.id)),
  drafts: z.array(DraftRowSchema).superRefine(uniqueBy((r) => r.key)),
  contacts: z.array(ContactRowSchema).superRefine(uniqueBy((r) => `${r.platform}/${r.handle}`)),
  segments: z.array(SegmentRowSchema).superRefine(uniqueBy((r) => r.id)),
  settings: z.array(SettingsRowSchema).max(1, 'at most one settings row'),
  findings: z.array(FindingLogRowSchema).superRefine(uniqueBy((r) => String(r.id))),
  reviews: z.array(ReviewRowSchema).superRefine(uniqueBy((r) => r.id)),
});

export const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  tables: TablesSchema,
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

/** The envelope every version shares, read before the version-specific schema. */
export const ExportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().positive(),
});
