import { describe, expect, it } from 'vitest';
import { diffWords } from '@/lib/analysis/adapt/diff';

const render = (before: string, after: string) =>
  diffWords(before, after)
    .map((p) => (p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`))
    .join('');

describe('diffWords', () => {
  it('shows removed hashtags and replaced words as whole pieces', () => {
    // A replaced word shows what goes first, then what replaces it.
    expect(render('Shop now, link in bio! #a #b #c', 'Shop now, link in the comments! #a #b')).toBe(
      'Shop now, link in [-bio-]{+the comments+}! #a #b[- #c-]',
    );
  });
  it('keeps emoji and CJK whole', () => {
    expect(render('**Big** 🎉 我们', 'Big 🎉 我们')).toBe('[-**-]Big[-**-] 🎉 我们');
  });
  it('rebuilds both texts from its parts', () => {
    const before = 'A long text with #tags and @handles, then more.';
    const after = 'A long text with tags and handles, then more and more.';
    const parts = diffWords(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });
  it('bounds its work on huge texts', () => {
    const before = 'word '.repeat(5000).trim();
    const after = 'other '.repeat(5000).trim();
    const parts = diffWords(before, after);
    expect(parts).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });
});
