import { exportAll } from '@/lib/storage/export';
import type { Handler } from './types';

export const handleExport: Handler<'export'> = (_request, ctx) => exportAll(ctx.db, ctx.now());
