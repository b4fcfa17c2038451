import { describe, expect, it } from 'vitest';
import { firstSentenceEnd, graphemeFloor, graphemes, isWordBoundary, sentences, words } from '@/lib/analysis/text/segment';

const texts = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('sentences by Intl.Segmenter', () => {
  it.each([
    ['English', 'We shipped it. Did you see? Wow!', ['We shipped it.', 'Did you see?', 'Wow!']],
    ['Hindi danda', 'आज हमने नया उत्पाद लॉन्च किया। आप क्या सोचते हैं?', ['आज हमने नया उत्पाद लॉन्च किया।', 'आप क्या सोचते हैं?']],
    ['Chinese', '我们今天发布了新产品。欢迎试用！', ['我们今天发布了新产品。', '欢迎试用！']],
    ['Japanese', '新しい製品を発表しました。ぜひお試しください。', ['新しい製品を発表しました。', 'ぜひお試しください。']],
    ['Arabic (RTL)', 'هل جربت المنتج الجديد؟ إنه رائع.', ['هل جربت المنتج الجديد؟', 'إنه رائع.']],
    ['Hebrew (RTL)', 'השקנו מוצר חדש. נסו אותו!', ['השקנו מוצר חדש.', 'נסו אותו!']],
    ['emoji between sentences', 'Big day 🎉. We launched! 🚀 Try it.', ['Big day 🎉.', 'We launched!', '🚀 Try it.']],
    ['line breaks end sentences', 'Line one\nLine two', ['Line one', 'Line two']],
    ['an ellipsis', 'Wait for it… it is here.', ['Wait for it… it is here.']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text, sentences(text))).toEqual(expected);
  });

  it('keeps decimals and URLs inside one sentence', () => {
    const text = 'Revenue grew 3.5% this year, see example.com/report. Thanks.';
    expect(texts(text, sentences(text))).toEqual(['Revenue grew 3.5% this year, see example.com/report.', 'Thanks.']);
  });

  it('finds where the first sentence ends', () => {
    expect(firstSentenceEnd('आज हमने लॉन्च किया। और')).toBe('आज हमने लॉन्च किया।'.length);
    expect(firstSentenceEnd('  ')).toBe(2);
    expect(firstSentenceEnd('no end at all')).toBe(13);
  });
});

describe('words by Intl.Segmenter', () => {
  it('splits Latin, CJK and Thai into words, leaving emoji and punctuation out', () => {
    expect(words('Hello, world 🌍!').map((w) => w.text)).toEqual(['Hello', 'world']);
    expect(words('我们发布了新产品').length).toBeGreaterThan(1);
    expect(words('สวัสดีครับ').length).toBeGreaterThan(1);
  });

  it('knows word boundaries in text without spaces', () => {
    const text = '我们发布了新产品';
    const inner = words(text)
      .map((w) => w.end)
      .filter((end) => end < text.length);
    expect(inner.length).toBeGreaterThan(0);
    for (const end of inner) expect(isWordBoundary(text, end)).toBe(true);
    expect(isWordBoundary('hello world', 2)).toBe(false);
    expect(isWordBoundary('hello world', 5)).toBe(true);
    expect(isWordBoundary('hello world', 0)).toBe(true);
  });
});

describe('graphemes', () => {
  it('keeps emoji sequences and combining marks whole', () => {
    expect(graphemes('👩‍👩‍👧‍👦e\u0301🇫🇷')).toEqual(['👩‍👩‍👧‍👦', 'e\u0301', '🇫🇷']);
    const family = '👩‍👩‍👧‍👦';
    expect(graphemeFloor(`a${family}b`, 3)).toBe(1);
    expect(graphemeFloor(`a${family}b`, 1 + family.length)).toBe(1 + family.length);
  });
});
