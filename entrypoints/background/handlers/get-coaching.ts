import { readCoaching } from '@/lib/storage/read-coaching';
import type { Handler } from './types';

/** The coaching popup's numbers: this week vs last, 80/20 and CTA stages, complaints, tips. */
export const handleGetCoaching: Handler<'get-coaching'> = (_request, ctx) => readCoaching(ctx.db, ctx.now());
