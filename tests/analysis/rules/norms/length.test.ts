import { describe, expect, it, vi } from 'vitest';
import twitter from 'twitter-text';
import rule from '@/lib/analysis/rules/norms/length';
import { ruleTester, runRule } from '../../../helpers/rule-tester';

const a = (n: number) => 'a'.repeat(n);
const URL = 'https://example.com/a/very/long/path/that/counts/as/twenty-three/characters/anyway';
const FAMILY = '👩‍👩‍👧‍👦'; // one ZWJ sequence: 11 UTF-16 units, weight 2

ruleTester(rule, {
  valid: [
    { name: 'an empty draft', draft: { text: '' } },
    { name: 'exactly 280 on X', draft: { text: a(280) } },
    { name: 'a long URL counts 23 on X', draft: { text: `${a(256)} ${URL}` } },
    { name: '140 ZWJ emoji are 280 on X', draft: { text: FAMILY.repeat(140) } },
    { name: '140 CJK characters are 280 on X', draft: { text: '日本'.repeat(70) } },
    { name: 'X Premium limit from the settings', draft: { text: a(3_000) }, settings: { norms: { x: { postLimit: 25_000 } } } },
    { name: 'X Premium reply', draft: { text: a(1_000), kind: 'reply' }, settings: { norms: { x: { commentLimit: 25_000 } } } },
    { name: 'xPremium: a long post', draft: { text: a(3_000) }, settings: { xPremium: true } },
    { name: 'xPremium: a 1,000-character reply is fine', draft: { text: a(1_000), kind: 'reply' }, settings: { xPremium: true } },
    { name: 'a 2,000-character LinkedIn post', draft: { platform: 'linkedin', text: a(2_000) } },
    { name: 'exactly 3,000 on LinkedIn', draft: { platform: 'linkedin', text: a(3_000) } },
    { name: 'a 2,200-character Instagram caption', draft: { platform: 'instagram', text: a(2_200) } },
    { name: 'a 7,000-character Facebook comment', draft: { platform: 'facebook', kind: 'comment', text: a(7_000) } },
    { name: 'a 60,000-character Facebook post (beyond the bounded prefix)', draft: { platform: 'facebook', text: a(60_000) } },
  ],
  invalid: [
    {
      name: '300 latin characters on X',
      draft: { text: a(300) },
      findings: [
        { messageId: 'tooLongX', severity: 'fix', spans: [a(20)], output: null, data: { length: '300', limit: '280', exact: true } },
      ],
    },
    {
      name: 'a URL counts 23, not its length',
      draft: { text: `${a(258)} ${URL}` },
      findings: [{ messageId: 'tooLongX', spans: [URL], data: { weightedLength: 282 } }],
    },
    {
      name: 'ZWJ emoji count 2 each and are never split',
      draft: { text: FAMILY.repeat(141) },
      findings: [{ messageId: 'tooLongX', spans: [FAMILY], data: { weightedLength: 282 } }],
    },
    {
      name: 'CJK counts 2 per character',
      draft: { text: '日本語'.repeat(50) },
      findings: [{ messageId: 'tooLongX', spans: ['語日本語日本語日本語'], data: { length: '300' } }],
    },
    {
      name: 'a reply on X has the same 280',
      draft: { text: `@someone ${a(280)}`, kind: 'reply' },
      findings: [{ messageId: 'tooLongX', spans: [a(9)], data: { kind: 'reply' } }],
    },
    {
      name: 'a 3,000-character draft on X estimates the rest',
      draft: { text: a(3_000) },
      findings: [{ messageId: 'tooLongX', spans: [a(2_720)], data: { length: 'about 3,000', exact: false, weightedLength: 3_000 } }],
    },
    {
      name: 'the Premium limit moves the cut',
      draft: { text: a(25_010) },
      settings: { norms: { x: { postLimit: 25_000 } } },
      findings: [{ messageId: 'tooLongX', spans: [a(10)], data: { limit: '25,000' } }],
    },
    {
      name: 'a LinkedIn post over 3,000',
      draft: { platform: 'linkedin', text: `${a(2_990)}\n\nThanks all!` },
      findings: [{ messageId: 'tooLong', severity: 'fix', spans: ['ll!'], data: { length: '3,003', limit: '3,000' } }],
    },
    {
      name: 'a LinkedIn comment over about 1,250 only warns (sources differ)',
      draft: { platform: 'linkedin', kind: 'comment', text: a(1_300) },
      findings: [{ messageId: 'mayBeTooLong', severity: 'warn', spans: [a(50)] }],
    },
    {
      name: 'an exact LinkedIn comment limit from the settings is a hard limit',
      draft: { platform: 'linkedin', kind: 'comment', text: a(1_300) },
      settings: { norms: { linkedin: { commentLimit: 1_250 } } },
      findings: [{ messageId: 'tooLong', severity: 'fix' }],
    },
    {
      name: 'an Instagram caption over 2,200',
      draft: { platform: 'instagram', text: a(2_201) },
      findings: [{ messageId: 'tooLong', spans: ['a'] }],
    },
    {
      name: 'the cut never splits a surrogate pair',
      draft: { platform: 'instagram', text: `${a(2_199)}😀😀` },
      findings: [{ messageId: 'tooLong', spans: ['😀😀'] }],
    },
    {
      name: 'a Facebook post measured beyond the 50,000-character prefix',
      draft: { platform: 'facebook', text: a(63_300) },
      findings: [{ messageId: 'tooLong', data: { length: '63,300', limit: '63,206' } }],
    },
  ],
});

describe('norms/length on X', () => {
  it('weighs a byte-order mark 2 (as parseTweet does) instead of ending the valid text there', () => {
    const [finding] = runRule(rule, { draft: { text: `\uFEFF${a(300)}` } });
    expect(finding?.spans).toEqual([{ start: 279, end: 301 }]);
  });

  it('parses a bounded prefix of a 100,000-character draft, not the whole text', () => {
    const parse = vi.spyOn(twitter, 'parseTweet');
    try {
      const text = `${URL} `.repeat(1_250);
      const [finding] = runRule(rule, { draft: { text } });
      expect(finding?.messageId).toBe('tooLongX');
      const parsed = parse.mock.calls.reduce((sum, [prefix]) => sum + prefix.length, 0);
      // The prefix doubles from limit + 200 until it passes the limit: a few kB, never 100 kB.
      expect(parse).toHaveBeenCalled();
      expect(parsed).toBeLessThan(4 * (280 + 200) + 2 * URL.length);
      expect(text.length).toBeGreaterThan(100_000);
    } finally {
      parse.mockRestore();
    }
  });
});
