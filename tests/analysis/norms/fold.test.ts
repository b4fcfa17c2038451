import { describe, expect, it } from 'vitest';
import { foldsOf } from '@/lib/analysis/norms/fold';

const visible = (text: string, platform: Parameters<typeof foldsOf>[1], xPremium = false) =>
  Object.fromEntries(foldsOf(text, platform, 'post', xPremium).map((f) => [f.device, text.slice(0, f.end)]));
const words = (n: number, w = 'word') => Array.from({ length: n }, () => w).join(' ');

describe('the fold model', () => {
  it('shows a short post whole', () => {
    const folds = foldsOf('Short and sweet.', 'linkedin', 'post');
    expect(folds.map((f) => f.device)).toEqual(['desktop', 'mobile']);
    expect(folds.every((f) => !f.folded)).toBe(true);
  });

  it('LinkedIn: about three lines on desktop, fewer characters on mobile', () => {
    const text = words(100); // one long paragraph, 499 characters
    const v = visible(text, 'linkedin');
    expect(v.desktop!.length).toBe(210);
    expect(v.mobile!.length).toBe(140);
  });

  it('LinkedIn: three short lines are the fold; two when the third is blank', () => {
    expect(visible('One\nTwo\nThree\nFour', 'linkedin').desktop).toBe('One\nTwo\nThree');
    expect(visible('One\nTwo\n\nFour', 'linkedin').desktop).toBe('One\nTwo');
  });

  it('Facebook folds by lines: ~477 characters on desktop, ~125 on mobile', () => {
    const long = visible(words(200), 'facebook');
    expect(long.desktop!.length).toBe(477);
    expect(long.mobile!.length).toBe(125);
    const lines = Array.from({ length: 10 }, (_, i) => `Line ${i}`).join('\n');
    expect(visible(lines, 'facebook').desktop!.split('\n')).toHaveLength(6);
    expect(visible(lines, 'facebook').mobile!.split('\n')).toHaveLength(3);
  });

  it('Instagram: ~125 characters, two lines, one view', () => {
    const v = visible(words(60), 'instagram');
    expect(Object.keys(v)).toEqual(['all']);
    expect(v.all!.length).toBe(125);
    expect(visible('a\nb\nc', 'instagram').all).toBe('a\nb');
  });

  it('counts wide characters (CJK, emoji) as two columns', () => {
    const cjk = '我'.repeat(300);
    expect(visible(cjk, 'linkedin').desktop!.length).toBe(105);
    const emoji = '🎉'.repeat(300);
    expect(visible(emoji, 'instagram').all).toBe('🎉'.repeat(63));
  });

  it('never cuts a grapheme in two', () => {
    const text = `${'a'.repeat(124)}👩‍👩‍👧‍👦 and more`;
    const end = foldsOf(text, 'instagram', 'post')[0]!.end;
    expect(end).toBe(124);
  });

  it('X folds only with Premium, at ~280 weighted characters', () => {
    expect(foldsOf(words(100), 'x', 'post')).toEqual([]);
    const text = words(100);
    const [fold] = foldsOf(text, 'x', 'post', true);
    expect(fold).toMatchObject({ device: 'all', folded: true, end: 280 });
    expect(foldsOf(words(100), 'x', 'reply', true)[0]!.folded).toBe(true);
  });

  it('comments are not folded', () => {
    expect(foldsOf(words(100), 'linkedin', 'comment')).toEqual([]);
  });

  it('works for RTL text the same way', () => {
    const arabic = 'مرحبا بكم في متجرنا الجديد '.repeat(20);
    expect(visible(arabic, 'instagram').all!.length).toBe(125);
  });
});
