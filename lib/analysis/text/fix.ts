/** Applying fixes: pure string edits, shared by the UI, the CLI and tests. */
import type { Fix } from '../schemas';

/** Returns text with the fix's edits applied (edits are sorted and never overlap). */
export function applyFix(text: string, fix: Fix): string {
  let out = '';
  let at = 0;
  for (const edit of [...fix.edits].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(edit.start, text.length));
    const end = Math.max(start, Math.min(edit.end, text.length));
    out += text.slice(at, start) + edit.text;
    at = end;
  }
  return out + text.slice(at);
}
