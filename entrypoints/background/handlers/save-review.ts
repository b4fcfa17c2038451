import { saveReview } from '@/lib/storage/reviews';
import type { Handler } from './types';

export const handleSaveReview: Handler<'save-review'> = ({ review }, ctx) => saveReview(ctx.db, review);
