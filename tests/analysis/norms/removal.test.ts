import { describe, expect, it } from 'vitest';
import { tidyCuts } from '@/lib/analysis/norms/removal';
import { applyFix } from '@/lib/analysis/text/fix';

/** Cuts every occurrence of `piece` and applies the edits. */
function cut(text: string, ...pieces: string[]): string {
  const cuts = pieces.flatMap((piece) => {
    const start = text.indexOf(piece);
    return start < 0 ? [] : [{ start, end: start + piece.length }];
  });
  return applyFix(text, { label: 'test', edits: tidyCuts(text, cuts) });
}

describe('tidyCuts', () => {
  it('takes the space before a cut inside a line', () => expect(cut('a #b c', '#b')).toBe('a c'));
  it('takes the space after a cut that starts a line', () => expect(cut('1/ Here we go', '1/')).toBe('Here we go'));
  it('keeps indentation when a line starts with the cut', () => expect(cut('  1/ Go', '1/')).toBe('  Go'));
  it('joins cuts separated by spaces', () => expect(cut('#a #b text', '#a', '#b')).toBe('text'));
  it('removes a last line and the blank lines before it', () => expect(cut('Text\n\n#a #b\n', '#a', '#b')).toBe('Text'));
  it('removes a middle line and keeps the break before it', () => expect(cut('Text\n\n#a\n\nMore', '#a')).toBe('Text\n\nMore'));
  it('removes a first line and the blank lines after it', () => expect(cut('#a\n\nText', '#a')).toBe('Text'));
  it('removes the only line', () => expect(cut('  #a  ', '#a')).toBe(''));
  it('keeps CRLF line ends', () => expect(cut('One\r\n#a\r\nTwo', '#a')).toBe('One\r\nTwo'));
  it('leaves the text alone without cuts', () => expect(cut('Text', 'nothing')).toBe('Text'));
});
