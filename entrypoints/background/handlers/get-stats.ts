import { readStats } from '@/lib/storage/read-stats';
import type { Handler } from './types';

const DAY = 86_400_000;

export const handleGetStats: Handler<'get-stats'> = ({ sinceDays }, ctx) =>
  readStats(ctx.db, sinceDays ? ctx.now() - sinceDays * DAY : 0);
