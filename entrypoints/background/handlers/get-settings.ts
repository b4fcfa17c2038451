import { getSettings } from '@/lib/storage/settings';
import type { Handler } from './types';

export const handleGetSettings: Handler<'get-settings'> = (_request, ctx) => getSettings(ctx.db);
