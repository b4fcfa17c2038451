/** Ids for stored rows. */
import { fnv1a64 } from '../util/hash';

/** A random UUID (extension contexts and Node 20 both have crypto.randomUUID). */
export function newId(): string {
  return crypto.randomUUID();
}

/** A short stable hash (64-bit FNV-1a) so the same content gets the same id. */
export function contentId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${fnv1a64(parts.join('\u0000'))}`;
}
