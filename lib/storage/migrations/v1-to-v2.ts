/**
 * Export format 1 → 2 (database schema 1 → 2): posts carried `postedAt` as an ISO string and no
 * `source`; there was no reviews table. Everything else is unchanged.
 */
import { z } from 'zod';
import { EXPORT_FORMAT, uniqueBy } from '../../contract/export-format';
import { PostRowSchema } from '../../contract/schemas';
import { upgradedTime } from '../time';
import { TablesV2Schema, type ExportFileV2 } from './v2-to-v3';

export const PostRowV1Schema = PostRowSchema.omit({ time: true, source: true }).extend({
  /** Publication time, ISO 8601. */
  postedAt: z.iso.datetime({ offset: true }),
});

export const ExportFileV1Schema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  tables: TablesV2Schema.omit({ posts: true, reviews: true }).extend({
    posts: z.array(PostRowV1Schema).superRefine(uniqueBy((r) => r.id)),
  }),
});
export type ExportFileV1 = z.infer<typeof ExportFileV1Schema>;

export function v1ToV2(file: ExportFileV1): ExportFileV2 {
  const { posts, ...rest } = file.tables;
  return {
    format: EXPORT_FORMAT,
    version: 2,
    exportedAt: file.exportedAt,
    tables: {
      ...rest,
      posts: posts.map(({ postedAt, ...post }) => ({ ...post, ...upgradedTime(postedAt), source: 'recorded' as const })),
      reviews: [],
    },
  };
}
