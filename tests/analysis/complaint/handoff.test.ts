import { describe, expect, it } from 'vitest';
import { applyFix } from '@/lib/analysis/text/fix';
import { GENERIC_HANDOFF, appendSentence, handoffLine, prependSentence } from '@/lib/analysis/complaint/handoff';

const apply = (text: string, edit: ReturnType<typeof appendSentence>) => applyFix(text, { label: 'x', edits: [edit] });

describe('handoffLine', () => {
  it('falls back to a generic DM line', () => {
    expect(handoffLine({})).toBe(GENERIC_HANDOFF);
  });
  it('fills the template', () => {
    expect(handoffLine({ handoffTemplate: 'Email {email}.', supportEmail: 'a@b.example' })).toBe('Email a@b.example.');
  });
  it('builds a line from the channels set', () => {
    expect(handoffLine({ dmHandle: '@Help' })).toBe('Please DM @Help so we can look into this.');
    expect(handoffLine({ dmHandle: 'our DMs', supportPhone: '555 0100' })).toBe(
      'Please send us a DM or call 555 0100 so we can look into this.',
    );
  });
});

describe('appendSentence', () => {
  it.each([
    ['', 'Hi.'],
    ['Sorry!', 'Sorry! Hi.'],
    ['Sorry', 'Sorry. Hi.'],
    ['Sorry!\n', 'Sorry! Hi.\n'],
    ['Sorry, that is odd 😕', 'Sorry, that is odd 😕 Hi.'],
    ['See https://t.co/x', 'See https://t.co/x Hi.'],
    ['Sorry about that! -Becky', 'Sorry about that! Hi. -Becky'],
    ['Line one.\nLine two', 'Line one.\nLine two. Hi.'],
  ])('adds a sentence to %j', (text, want) => {
    expect(apply(text, appendSentence(text, 'Hi.'))).toBe(want);
  });
});

describe('prependSentence', () => {
  it.each([
    ['', 'Sorry.'],
    ['DM us.', 'Sorry. DM us.'],
    ['dm us.', 'Sorry. DM us.'],
    ['we will check.', 'Sorry. We will check.'],
    ['@a @b DM us.', '@a @b Sorry. DM us.'],
    ['@a', '@a Sorry.'],
    ['@a\n\nok', '@a\n\nSorry. Ok'],
  ])('opens %j with a sentence', (text, want) => {
    expect(apply(text, prependSentence(text, 'Sorry.'))).toBe(want);
  });
});
