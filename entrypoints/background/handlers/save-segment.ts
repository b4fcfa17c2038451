import { saveSegment } from '@/lib/storage/segments';
import type { Handler } from './types';

export const handleSaveSegment: Handler<'save-segment'> = ({ segment }, ctx) => saveSegment(ctx.db, segment);
