/**
 * A word-level diff of two texts, for showing an adaptation before it is applied: runs of kept,
 * removed and added text. Tokens are words, spaces and single other characters (graphemes), so a
 * removed hashtag shows as one piece; an LCS table bounded in size keeps it cheap.
 */
import { graphemes } from '../text/segment';

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Largest token table (old × new) diffed token by token; beyond it the change is shown whole. */
const MAX_CELLS = 4_000_000;

const TOKEN = /[\p{L}\p{N}_#@']+|\s+|[^\p{L}\p{N}_#@'\s]+/gu;

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (/^[\p{L}\p{N}_#@'\s]/u.test(m[0])) out.push(m[0]);
    else out.push(...graphemes(m[0]));
  }
  return out;
}

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  // Common start and end first: most adaptations change a few places.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('same', a.slice(0, head).join(''));
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    push('removed', midA.join(''));
    push('added', midB.join(''));
  } else {
    const n = midA.length;
    const m = midB.length;
    const table = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * (m + 1) + j] =
          midA[i] === midB[j]
            ? table[(i + 1) * (m + 1) + j + 1]! + 1
            : Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push('same', midA[i]!);
        i++;
        j++;
      } else if (i < n && (j === m || table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!)) {
        // What goes before what replaces it: "~~the link~~ link in bio" reads left to right.
        push('removed', midA[i]!);
        i++;
      } else {
        push('added', midB[j]!);
        j++;
      }
    }
  }
  push('same', a.slice(a.length - tail).join(''));
  return parts;
}
