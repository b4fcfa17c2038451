/** Ids for stored rows. */

/** A random UUID (extension contexts and Node 20 both have crypto.randomUUID). */
export function newId(): string {
  return crypto.randomUUID();
}

/** A short stable hash (FNV-1a, 64-bit as two 32-bit halves) so the same content gets the same id. */
export function contentId(prefix: string, ...parts: string[]): string {
  const text = parts.join('\u0000');
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0;
  }
  return `${prefix}-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}
