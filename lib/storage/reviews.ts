/** Reviewers' decisions and notes on drafts. */
import type { PostwiseDB } from './db';
import { newId } from './ids';
import { ReviewInputSchema, ReviewRowSchema, type ReviewInput, type ReviewRow } from '../contract/schemas';

export async function saveReview(db: PostwiseDB, input: ReviewInput): Promise<ReviewRow> {
  const parsed = ReviewInputSchema.parse(input);
  const row = ReviewRowSchema.parse({ ...parsed, id: parsed.id ?? newId() });
  await db.reviews.put(row);
  return row;
}

export async function deleteReview(db: PostwiseDB, id: string): Promise<void> {
  await db.reviews.delete(id);
}

/** Reviews of every draft whose key starts with `prefix` (a reviewed batch), oldest first. */
export async function listReviewsByPrefix(db: PostwiseDB, prefix: string): Promise<ReviewRow[]> {
  const rows = await db.reviews.where('draftKey').startsWith(prefix).toArray();
  return rows.sort((a, b) => a.time - b.time);
}
