/** FNV-1a over a string's UTF-16 code units: stable keys and ids from content (not cryptographic). */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a, unsigned. `offset` and `prime` give an independent second hash (see fnv1a64). */
export function fnv1a32(text: string, offset = FNV_OFFSET, prime = FNV_PRIME): number {
  let h = offset;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), prime) >>> 0;
  return h;
}

/** 64 bits as 16 hex digits: FNV-1a, and FNV-1a with offset and prime swapped. */
export function fnv1a64(text: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(fnv1a32(text)) + hex(fnv1a32(text, FNV_PRIME, FNV_OFFSET));
}
