import { listReviewsByPrefix } from '@/lib/storage/reviews';
import type { Handler } from './types';

/** The reviews of a batch: every draft key starting with the prefix. */
export const handleListReviewBatch: Handler<'list-review-batch'> = ({ prefix }, ctx) => listReviewsByPrefix(ctx.db, prefix);
