import { logFindings } from '@/lib/storage/findings-log';
import type { Handler } from './types';

/** Appends shown / fixed / dismissed events to the findings log. */
export const handleLogFindings: Handler<'log-findings'> = async ({ events }, ctx) => ({ logged: await logFindings(ctx.db, events) });
