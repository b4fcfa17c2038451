import { deleteSegment } from '@/lib/storage/segments';
import type { Handler } from './types';

export const handleDeleteSegment: Handler<'delete-segment'> = async ({ id }, ctx) => ({ deleted: await deleteSegment(ctx.db, id) });
