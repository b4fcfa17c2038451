import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapt, mostSpecific, normFindings, type AdaptContext } from '@/lib/analysis/adapt/index';
import { weightOf } from '@/lib/analysis/adapt/thread';
import { extractEntities } from '@/lib/analysis/text/entities';
import { PLATFORMS, type Draft, type Platform } from '@/lib/analysis/schemas';
import { NOW, hoursAgo } from '../../helpers/rule-tester';

const ctx = (extra: Partial<AdaptContext> = {}): AdaptContext => ({ now: NOW, ...extra });
const post = (platform: Platform, text: string): Draft => ({ platform, kind: 'post', text });
/** The platform-norms findings left on each part of an adaptation, as "ruleId: message". */
const leftOver = (draft: Draft, target: Platform, context = ctx()) => {
  const result = adapt(draft, target, context);
  const kind = result.kind;
  const findings = result.parts.flatMap((part) => normFindings(part, { draft, target, kind, context }));
  return { result, findings: findings.map((f) => `${f.ruleId}: ${f.message}`) };
};

const CAPTION =
  '**Big news!** 🎉 Our spring collection is here.\n\nShop now, link in bio!\n\n' +
  '#spring #fashion #sale #newin #springcollection #handmade #ceramics #love';

describe('adapt(): every transform', () => {
  it('an Instagram caption for LinkedIn: Markdown, "link in bio", hashtags to the habit', () => {
    const { result, findings } = leftOver(post('instagram', CAPTION), 'linkedin');
    expect(findings).toEqual([]);
    expect(result.text).toBe(
      'Big news! 🎉 Our spring collection is here.\n\nShop now, link in the comments!\n\n#spring #newin #springcollection #handmade #ceramics',
    );
    expect(result.notes).toContain('Post the link as the first comment.');
    expect(result.parts).toEqual([result.text]);
  });

  it('"link in bio" becomes the link a cross-post of the text used', () => {
    const history = [
      {
        platform: 'facebook' as const,
        kind: 'post' as const,
        text: 'Big news! Our spring collection is here. Shop now: https://shop.example.com/spring',
        postedAt: hoursAgo(3),
      },
    ];
    const { result, findings } = leftOver(
      post('instagram', 'Big news! Our spring collection is here. Shop now, link in bio!'),
      'facebook',
      ctx({ history }),
    );
    expect(findings).toEqual([]);
    expect(result.text).toBe('Big news! Our spring collection is here. Shop now, link: https://shop.example.com/spring!');
  });

  it('Instagram gets "link in bio" instead of a bare link', () => {
    const { result, findings } = leftOver(
      post('linkedin', 'Our onboarding study is out. Read it: https://example.com/blog/onboarding'),
      'instagram',
    );
    expect(findings).toEqual([]);
    expect(result.text).toBe('Our onboarding study is out. Read it: link in bio');
    expect(result.notes).toEqual(['Put https://example.com/blog/onboarding in your Instagram bio.']);
  });

  it('keeps the most specific hashtags, whole tags only, with what is glued to them', () => {
    const { result, findings } = leftOver(
      post('linkedin', 'Feliz lunes a todos.\n\n#love #FelizLunes🌍 #lunes #motivation #cafédelamañana'),
      'x',
    );
    expect(findings).toEqual([]);
    expect(result.text).toBe('Feliz lunes a todos.\n\n#FelizLunes🌍 #cafédelamañana');
    const tags = extractEntities('#love #instagood #TeamOffsite2026 #ux').hashtags;
    expect([...mostSpecific(tags, 2)].sort()).toEqual([2, 3]);
  });

  it('removes thread markers outside X', () => {
    const { result, findings } = leftOver(post('x', 'How we priced our app 🧵👇\n\n1/ Start from value. (1/5)'), 'linkedin');
    expect(findings).toEqual([]);
    expect(result.text).not.toMatch(/🧵|1\/|\(1\/5\)/u);
    expect(result.text).toContain('Start from value.');
  });

  it('foreign @handles: the contact\'s name where known, else the handle without "@" and a note', () => {
    const contacts = [{ handle: 'jane_doe', name: 'Jane Doe' }];
    const { result, findings } = leftOver(post('x', 'Thanks @jane_doe and @bob_ross for the talk!'), 'linkedin', ctx({ contacts }));
    expect(findings).toEqual([]);
    expect(result.text).toBe('Thanks Jane Doe and bob_ross for the talk!');
    expect(result.notes).toEqual(['Tag @bob_ross by name on LinkedIn: type @ and pick them from the list.']);
    const ig = adapt(post('instagram', 'Shot with @studio.lumen today'), 'x', ctx());
    expect(ig.text).toBe('Shot with studio.lumen today');
  });

  it('strips Markdown: bold, italic beside it, headings, [text](url)', () => {
    const { result, findings } = leftOver(
      post('linkedin', '# Launch notes\n**Bold** and *calm*. See [the docs](https://example.com/docs).'),
      'facebook',
    );
    expect(findings).toEqual([]);
    expect(result.text).toBe('Launch notes\nBold and calm. See the docs: https://example.com/docs.');
  });

  it('breaks the opening line so the hook fits before the fold', () => {
    const text =
      'We spent the whole of last year building something quietly, talking to hundreds of customers, rewriting the ' +
      'core twice and hiring a new team, then learning what really matters to people who run small shops every day. Today it ships.\n\nMore soon.';
    const { result, findings } = leftOver(post('x', text), 'linkedin');
    expect(findings).toEqual([]);
    expect(result.text.split('\n')[0]!.length).toBeLessThanOrEqual(210);
    expect(result.text.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('a long draft for X becomes a numbered thread: sentence boundaries, URLs whole, each part ≤ 280', () => {
    const sentence = 'We rebuilt onboarding this quarter and signups doubled, here is what we changed and why it worked. ';
    const text = `${sentence.repeat(5)}Full write-up: https://example.com/blog/a-very-long-path/onboarding-results-2026 #saas`;
    const { result, findings } = leftOver(post('linkedin', text), 'x');
    expect(findings).toEqual([]);
    expect(result.parts.length).toBeGreaterThan(1);
    result.parts.forEach((part, i) => {
      expect(weightOf(part)).toBeLessThanOrEqual(280);
      expect(part.endsWith(` ${i + 1}/${result.parts.length}`)).toBe(true);
    });
    expect(result.text).toContain('https://example.com/blog/a-very-long-path/onboarding-results-2026');
    // Every part but the last ends at a sentence's end.
    for (const part of result.parts.slice(0, -1)) expect(part).toMatch(/[.!?] \d+\/\d+$/);
    const joined = result.parts.map((p) => p.replace(/ \d+\/\d+$/, '')).join(' ');
    expect(joined.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('a thread of CJK, RTL and emoji text never cuts inside a word or a grapheme', () => {
    for (const text of [
      '我们今天发布了新产品，欢迎大家试用并告诉我们你的想法'.repeat(12),
      'مرحبا بكم في متجرنا الجديد '.repeat(20),
      '🎉👩‍👩‍👧‍👦 '.repeat(120),
    ]) {
      const { result, findings } = leftOver(post('facebook', text), 'x');
      expect(findings).toEqual([]);
      expect(result.parts.length).toBeGreaterThan(1);
      for (const part of result.parts) expect(weightOf(part)).toBeLessThanOrEqual(280);
      const joined = result.parts.map((p) => p.replace(/ \d+\/\d+$/, '')).join('');
      expect(joined.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    }
  });

  it('X Premium keeps a long post whole', () => {
    const text = 'A long post. '.repeat(60);
    const result = adapt(post('linkedin', text), 'x', ctx({ settings: { xPremium: true } }));
    expect(result.parts).toHaveLength(1);
  });

  it('a reply keeps its kind on the other network', () => {
    const result = adapt({ platform: 'x', kind: 'reply', text: 'Thanks @jane_doe!' }, 'facebook', ctx());
    expect(result.kind).toBe('comment');
  });

  it('says when the text is still over a hard limit it cannot safely shorten', () => {
    const result = adapt(post('facebook', 'Word and more words. '.repeat(200)), 'linkedin', ctx());
    expect(result.notes.some((n) => n.startsWith('Still too long for LinkedIn'))).toBe(true);
  });

  it('is deterministic and leaves a clean draft alone', () => {
    expect(adapt(post('instagram', CAPTION), 'linkedin', ctx())).toEqual(adapt(post('instagram', CAPTION), 'linkedin', ctx()));
    const clean = adapt(post('linkedin', 'A short, clean post.'), 'facebook', ctx());
    expect(clean).toMatchObject({ text: 'A short, clean post.', changes: [], notes: [] });
  });
});

describe('adapt(): the result re-checks clean (property)', () => {
  const piece = fc.constantFrom(
    'We shipped it.',
    'Big news!',
    'Thanks @jane_doe',
    '@studio.lumen',
    '#launch',
    '#FelizLunes🌍',
    '#saas',
    '#growth',
    '#ux',
    '**bold**',
    '# Heading\n',
    '[docs](https://example.com/docs)',
    'https://example.com/blog/post',
    'link in bio',
    '1/5',
    '🧵',
    'a thread 👇',
    '日本語の文章です。',
    'مرحبا بكم.',
    'आज लॉन्च किया।',
    '👩‍👩‍👧‍👦',
    '\n',
    '\n\n',
    ' ',
    'word',
    'another word,',
  );
  it('for every network and any mix of cross-post habits', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom(...PLATFORMS), fc.constantFrom(...PLATFORMS), (parts, from, to) => {
        const text = parts.join(' ');
        const { findings } = leftOver(post(from, text), to);
        expect(findings).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });
});
