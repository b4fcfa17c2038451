import { listReviews } from '@/lib/storage/reviews';
import type { Handler } from './types';

export const handleListReviews: Handler<'list-reviews'> = ({ draftKey }, ctx) => listReviews(ctx.db, draftKey);
