/**
 * Export format 2 → 3 (database schema 3 → 4): a review's `verdict` is now its `decision` (what
 * the reviewer decided, not the report's verdict). Everything else is unchanged.
 */
import { z } from 'zod';
import { EXPORT_FORMAT, TablesSchema, uniqueBy, type ExportFile } from '../../contract/export-format';
import { ReviewRowSchema } from '../../contract/schemas';

export const ReviewRowV2Schema = ReviewRowSchema.omit({ decision: true }).extend({ verdict: ReviewRowSchema.shape.decision });

export const TablesV2Schema = TablesSchema.extend({ reviews: z.array(ReviewRowV2Schema).superRefine(uniqueBy((r) => r.id)) });

export const ExportFileV2Schema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(2),
  exportedAt: z.iso.datetime({ offset: true }),
  tables: TablesV2Schema,
});
export type ExportFileV2 = z.infer<typeof ExportFileV2Schema>;

export function v2ToV3(file: ExportFileV2): ExportFile {
  const { reviews, ...rest } = file.tables;
  return {
    format: EXPORT_FORMAT,
    version: 3,
    exportedAt: file.exportedAt,
    tables: { ...rest, reviews: reviews.map(({ verdict, ...review }) => ({ ...review, decision: verdict })) },
  };
}
