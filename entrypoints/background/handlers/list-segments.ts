import { listSegments } from '@/lib/storage/segments';
import type { Handler } from './types';

export const handleListSegments: Handler<'list-segments'> = (_request, ctx) => listSegments(ctx.db);
