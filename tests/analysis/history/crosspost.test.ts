import { describe, expect, it } from 'vitest';
import { listNames, relationOf } from '@/lib/analysis/history/crosspost';
import type { SimilarMatch } from '@/lib/analysis/history/index';

describe('cross-post helpers', () => {
  it('names how a draft relates to the post it matches', () => {
    const match = (similarity: number, sizeRatio?: number) => ({ similarity, sizeRatio }) as SimilarMatch;
    expect(relationOf(match(1, 1))).toBe('repeats');
    expect(relationOf(match(1))).toBe('repeats');
    expect(relationOf(match(0.85, 0.9))).toBe('closely follows');
    expect(relationOf(match(0.97, 0.3))).toBe('shortens');
    expect(relationOf(match(0.97, 3))).toBe('expands');
  });

  it('lists names the way a sentence does', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['X'])).toBe('X');
    expect(listNames(['X', 'LinkedIn'])).toBe('X and LinkedIn');
    expect(listNames(['X', 'LinkedIn', 'Facebook'])).toBe('X, LinkedIn and Facebook');
  });
});
