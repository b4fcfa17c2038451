import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHistoryIndex, UNKNOWN_TIME, type HistoryIndex } from '@/lib/analysis/history/index';
import { intersectionSize, normalizedWords, shingleSet, similarityOf } from '@/lib/analysis/history/shingles';
import type { HistoryItem, Kind, Platform } from '@/lib/analysis/schemas';

const NOW = Date.UTC(2026, 2, 2, 12);
const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW - hours * HOUR).toISOString();

const BASE =
  'After eighteen months of work with our customers we are launching Acme Flow, a scheduling tool that ' +
  'finally understands time zones. It plans your week around the people you work with, not the other way round.';
const LONG =
  BASE +
  ' Huge thanks to everyone in our beta who sent us feedback every single week, and to the support team who ' +
  'answered every one of those messages. Read the full story on our blog and tell us what you would build next.';
const SAME_TOPIC =
  'Scheduling across time zones is hard. This week our team talked to customers about how they plan their ' +
  'week around meetings with remote colleagues. What is your trick?';
const UNRELATED = 'Our office dog Biscuit turned three today and would like everyone to know that he is a very good boy.';

const item = (
  id: string,
  text: string,
  hours = 1,
  platform: Platform = 'linkedin',
  kind: Kind = 'post',
  extra: Partial<HistoryItem> = {},
): HistoryItem => ({
  id,
  platform,
  kind,
  text,
  postedAt: at(hours),
  ...extra,
});

const ids = (index: HistoryIndex, text: string, query = {}) => index.findSimilar(text, query).map((m) => m.post.id);
const best = (index: HistoryIndex, text: string) => index.findSimilar(text, { minSimilarity: 0 })[0];

describe('findSimilar', () => {
  const index = buildHistoryIndex([
    item('base', BASE),
    item('long', LONG, 2, 'facebook'),
    item('topic', SAME_TOPIC, 3, 'x'),
    item('dog', UNRELATED, 4, 'instagram'),
  ]);

  it.each([
    ['hashtags appended', `${BASE} #launch #saas #scheduling #remotework`],
    ['a hashtag in the text', BASE.replace('scheduling tool', '#scheduling tool')],
    ['a link appended', `${BASE} https://acme.com/flow?utm_source=x`],
    ['a link and mentions', `${BASE.replace('Acme Flow', '@acmeflow')} via @acme https://t.co/xyz`],
    ['case, spacing and punctuation', BASE.toUpperCase().replace(/ /g, '   ').replace(/,/g, ' —')],
    ['emoji', `🚀 ${BASE.replace('.', '! 🎉')} ✨`],
    ['a word changed', BASE.replace('finally', 'really')],
    ['a word added', BASE.replace('scheduling tool', 'simple scheduling tool')],
    ['a word removed', BASE.replace('finally ', '')],
    ['a thread marker', `${BASE} 🧵 1/3`],
  ])('finds the same text under %s', (_name, text) => {
    const match = best(index, text)!;
    expect(match.post.id).toBe('base');
    expect(match.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('finds an X cut of a longer post (containment of the shorter in the longer)', () => {
    expect(ids(index, BASE.slice(0, 160))).toContain('long');
    const cut = index.findSimilar(BASE, { minSimilarity: 0.8 }).find((m) => m.post.id === 'long')!;
    expect(cut.similarity).toBeGreaterThanOrEqual(0.9);
    expect(cut.sizeRatio).toBeLessThan(0.6);
  });

  it('finds the long version from a short post', () => {
    expect(ids(buildHistoryIndex([item('short', BASE)]), LONG)).toEqual(['short']);
  });

  it('ranks the unchanged copy above the cut', () => {
    expect(ids(index, BASE)).toEqual(['base', 'long']);
    expect(index.findSimilar(BASE)[0]!.similarity).toBe(1);
  });

  it('does not match posts that are merely on the same topic, or unrelated', () => {
    expect(ids(index, SAME_TOPIC.replace('What is your trick?', 'How do you do it?')).filter((id) => id !== 'topic')).toEqual([]);
    expect(best(index, SAME_TOPIC.replace('is hard', 'takes care'))!.post.id).toBe('topic');
    expect(ids(index, 'Scheduling meetings across time zones for remote teams: our customers told us their tricks this week.')).toEqual([]);
    expect(ids(index, UNRELATED.replace('dog Biscuit', 'cat Pickle').replace('three', 'five'))).toEqual([]);
    expect(ids(index, 'Thanks so much!')).toEqual([]);
  });

  it('scores merely similar posts low', () => {
    const other = index.findSimilar('Our team spent the week with customers planning meetings across time zones.', { minSimilarity: 0 });
    for (const m of other) expect(m.similarity).toBeLessThan(0.5);
  });

  it('respects since, kinds, minSimilarity and limit', () => {
    const idx = buildHistoryIndex([
      item('old', BASE, 24 * 30),
      item('new', BASE, 2),
      item('reply', BASE, 1, 'x', 'reply'),
      item('comment', BASE, 1.5, 'facebook', 'comment'),
    ]);
    expect(ids(idx, BASE)).toEqual(['reply', 'comment', 'new', 'old']);
    expect(ids(idx, BASE, { since: NOW - 24 * HOUR })).toEqual(['reply', 'comment', 'new']);
    expect(ids(idx, BASE, { kinds: ['post'] })).toEqual(['new', 'old']);
    expect(ids(idx, BASE, { kinds: ['reply', 'comment'], since: NOW - 24 * HOUR })).toEqual(['reply', 'comment']);
    expect(ids(idx, BASE, { limit: 2 })).toEqual(['reply', 'comment']);
    expect(ids(idx, BASE, { limit: 0 })).toEqual([]);
    expect(ids(idx, BASE.replace('finally', 'really'), { minSimilarity: 1 })).toEqual([]);
  });

  it('returns nothing for blank text and on an empty index', () => {
    expect(index.findSimilar('')).toEqual([]);
    expect(index.findSimilar('   \n\t ')).toEqual([]);
    expect(buildHistoryIndex().findSimilar(BASE)).toEqual([]);
  });

  it('matches texts without words (emoji, tags only) to themselves', () => {
    const idx = buildHistoryIndex([item('party', '🎉🎉🎉'), item('tags', '#mondaymotivation #goals'), item('base', BASE)]);
    expect(ids(idx, '🎉🎉🎉')).toEqual(['party']);
    expect(ids(idx, '#MondayMotivation #goals')).toEqual(['tags']);
  });

  it('still finds exact repeats of a text made only of very common shingles', () => {
    const filler = Array.from({ length: 50 }, (_, i) => item(`f${i}`, `Thank you so much for the kind words number ${i}`));
    const idx = buildHistoryIndex([...filler, item('thanks', 'Thank you so much for the kind words')], { postingCap: 10 });
    expect(ids(idx, 'thank you so much for the kind words!', { limit: 3 })[0]).toBe('thanks');
    // Common shingles are skipped, rare ones still lead to the near-duplicate.
    expect(ids(idx, 'Thank you so much for the kind words number 42 #grateful', { limit: 1 })).toEqual(['f42']);
  });

  it('is deterministic and breaks ties by time, then by insertion order', () => {
    const items = [item('a', BASE, 5), item('b', BASE, 1), item('c', BASE, 5), item('d', `${BASE} #tag`, 1)];
    const first = ids(buildHistoryIndex(items), BASE);
    expect(first).toEqual(['d', 'b', 'c', 'a']);
    expect(ids(buildHistoryIndex(items), BASE)).toEqual(first);
  });

  it('keeps posts with unreadable times, as very old', () => {
    const idx = buildHistoryIndex([
      item('bad', BASE, 0, 'x', 'post', { postedAt: 'not a date' as never }),
      item('nan', BASE, 0, 'x', 'post', { postedAt: Number.NaN }),
      item('good', BASE, 3, 'x'),
    ]);
    expect(idx.size).toBe(3);
    expect(ids(idx, BASE)).toEqual(['good', 'nan', 'bad']);
    expect(ids(idx, BASE, { since: NOW - 1e12 })).toEqual(['good']);
    expect(idx.recent('x', { limit: 5 }).map((p) => p.time)).toEqual([NOW - 3 * HOUR, UNKNOWN_TIME, UNKNOWN_TIME]);
  });
});

describe('recent', () => {
  const items = [
    item('x3', 'third', 3, 'x'),
    item('x1', 'first', 10, 'x'),
    item('xr', 'a reply', 2, 'x', 'reply'),
    item('x2', 'second', 5, 'x', 'post', { account: 'brand' }),
    item('x4', 'fourth', 1, 'x', 'post', { account: 'other' }),
    item('li', 'linkedin', 1, 'linkedin'),
    item('x5', 'same time as x3', 3, 'x'),
  ];
  const index = buildHistoryIndex(items);
  const recent = (q: Parameters<HistoryIndex['recent']>[1], platform: Platform = 'x') => index.recent(platform, q).map((p) => p.id);

  it('lists one platform newest first, equal times last added first', () => {
    expect(recent({ limit: 10 })).toEqual(['x4', 'xr', 'x5', 'x3', 'x2', 'x1']);
    expect(recent({ limit: 10 }, 'linkedin')).toEqual(['li']);
    expect(recent({ limit: 10 }, 'instagram')).toEqual([]);
  });

  it('filters by kinds and account and cuts at limit', () => {
    expect(recent({ limit: 10, kinds: ['post'] })).toEqual(['x4', 'x5', 'x3', 'x2', 'x1']);
    expect(recent({ limit: 10, kinds: ['reply'] })).toEqual(['xr']);
    expect(recent({ limit: 10, kinds: ['post'], account: 'brand' })).toEqual(['x5', 'x3', 'x2', 'x1']);
    expect(recent({ limit: 2 })).toEqual(['x4', 'xr']);
    expect(recent({ limit: 0 })).toEqual([]);
  });

  it('lists only what came before `before`', () => {
    expect(recent({ limit: 10, before: NOW - 3 * HOUR })).toEqual(['x2', 'x1']);
    expect(recent({ limit: 10, before: NOW - 3 * HOUR + 1 })).toEqual(['x5', 'x3', 'x2', 'x1']);
    expect(recent({ limit: 10, before: NOW - 100 * HOUR })).toEqual([]);
  });
});

describe('add', () => {
  it('keeps lookups and timelines consistent with a built index', () => {
    const index = buildHistoryIndex([item('a', UNRELATED, 5, 'x'), item('b', SAME_TOPIC, 1, 'x')]);
    const added = index.add(item('c', BASE, 3, 'x'));
    index.add(item('d', `${BASE} #again`, 0.5, 'facebook'));
    expect(added).toMatchObject({ id: 'c', platform: 'x', kind: 'post', time: NOW - 3 * HOUR, promotional: false });
    expect(index.size).toBe(4);
    expect(ids(index, BASE)).toEqual(['d', 'c']);
    expect(index.recent('x', { limit: 10 }).map((p) => p.id)).toEqual(['b', 'c', 'a']);
    expect(index.recent('facebook', { limit: 10 }).map((p) => p.id)).toEqual(['d']);
  });

  it('gives the same answers as building from the same items', () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      item(`p${i}`, `${i % 3 === 0 ? BASE : UNRELATED} variant ${i % 5}`, (i * 7) % 13, (['x', 'facebook', 'linkedin'] as const)[i % 3]),
    );
    const built = buildHistoryIndex(items);
    const grown = buildHistoryIndex();
    for (const it of items) grown.add(it);
    expect(ids(grown, BASE, { limit: 50 })).toEqual(ids(built, BASE, { limit: 50 }));
    expect(grown.recent('x', { limit: 50 })).toEqual(built.recent('x', { limit: 50 }));
  });

  it('names items without an id', () => {
    const index = buildHistoryIndex([{ platform: 'x', kind: 'post', text: BASE, postedAt: NOW }]);
    expect(index.add({ platform: 'x', kind: 'post', text: UNRELATED, postedAt: NOW }).id).not.toBe(index.findSimilar(BASE)[0]!.post.id);
  });
});

describe('properties', () => {
  const wordy = fc
    .array(
      fc.oneof(
        fc.constantFrom('launch', 'Acme', 'week', 'the', 'of', 'time', 'zones', 'Café', '東京', 'مرحبا', "don't", '2026', '1/5'),
        fc.constantFrom('#tag', '@handle', 'https://t.co/x', '🎉', '👩‍💻', '!!', '—', '\n', '  '),
        fc.string({ unit: 'grapheme', maxLength: 8 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(' '));
  const anyText = fc.oneof(wordy, fc.string({ unit: 'binary', maxLength: 200 }));

  it('finds an indexed text with similarity 1', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 15 }), anyText, (others, text) => {
        fc.pre(normalizedWords(text).length > 0);
        const index = buildHistoryIndex([...others.map((t, i) => item(`o${i}`, t)), item('target', text)]);
        const match = index.findSimilar(text, { limit: 100, minSimilarity: 1 }).find((m) => m.post.id === 'target');
        expect(match?.similarity).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  /** Texts from a handful of words, so that near-duplicates are frequent. */
  const smallVocabulary = fc
    .array(fc.constantFrom('we', 'launch', 'flow', 'today', 'time', 'zones', 'team', '#news', 'https://t.co/a'), {
      minLength: 1,
      maxLength: 14,
    })
    .map((words) => words.join(' '));
  const bruteForce = (texts: string[], query: string, min: number) => {
    const q = shingleSet(query);
    return texts
      .map((t, i) => {
        const s = shingleSet(t);
        const shared = intersectionSize(q, s);
        return { id: `p${i}`, similarity: similarityOf(shared, q.length, s.length), shared };
      })
      .filter((m) => m.shared > 0 && m.similarity >= min);
  };

  it('returns exactly what comparing with every post would (no common shingle skipped)', () => {
    fc.assert(
      fc.property(fc.array(smallVocabulary, { maxLength: 25 }), smallVocabulary, fc.constantFrom(0.3, 0.5, 0.8, 1), (texts, query, min) => {
        const index = buildHistoryIndex(texts.map((t, i) => item(`p${i}`, t, i)));
        const got = index.findSimilar(query, { minSimilarity: min, limit: 1000 }).map((m) => `${m.post.id} ${m.similarity}`);
        expect(got.sort()).toEqual(
          bruteForce(texts, query, min)
            .map((m) => `${m.id} ${m.similarity}`)
            .sort(),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('with common shingles skipped, returns only true matches, scored exactly, and every exact repeat', () => {
    fc.assert(
      fc.property(fc.array(smallVocabulary, { maxLength: 25 }), smallVocabulary, fc.constantFrom(0.5, 0.8), (texts, query, min) => {
        const index = buildHistoryIndex(
          texts.map((t, i) => item(`p${i}`, t, i)),
          { postingCap: 2 },
        );
        const got = index.findSimilar(query, { minSimilarity: min, limit: 1000 });
        const truth = new Map(bruteForce(texts, query, min).map((m) => [m.id, m.similarity]));
        for (const m of got) expect(truth.get(m.post.id)).toBe(m.similarity);
        const repeats = truth.size ? [...truth].filter(([, s]) => s === 1).map(([id]) => id) : [];
        expect(got.map((m) => m.post.id)).toEqual(expect.arrayContaining(repeats));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps similarities in [minSimilarity, 1], best first', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 15 }), anyText, fc.double({ min: 0, max: 1, noNaN: true }), (texts, query, min) => {
        const index = buildHistoryIndex(texts.map((t, i) => item(`p${i}`, t, i)));
        const matches = index.findSimilar(query, { minSimilarity: min, limit: 100 });
        for (const m of matches) {
          expect(m.similarity).toBeGreaterThanOrEqual(min);
          expect(m.similarity).toBeLessThanOrEqual(1);
        }
        expect(matches.map((m) => m.similarity)).toEqual([...matches.map((m) => m.similarity)].sort((a, b) => b - a));
      }),
      { numRuns: 300 },
    );
  });
});

describe('promotional', () => {
  it('is decided from the text unless the item says, and reads as a plain boolean', () => {
    const index = buildHistoryIndex([
      item('sale', 'Our spring sale: 20% off everything, use code SPRING20', 1, 'x'),
      item('said', 'Our spring sale: 20% off everything, use code SPRING20', 2, 'x', 'post', { promotional: false }),
      item('chat', 'What are you reading this weekend?', 3, 'x'),
    ]);
    const [sale, said, chat] = index.recent('x', { limit: 3 });
    expect([sale!.promotional, said!.promotional, chat!.promotional]).toEqual([true, false, false]);
    expect(JSON.parse(JSON.stringify(sale))).toMatchObject({ id: 'sale', promotional: true });
    expect(structuredClone(chat)).toMatchObject({ id: 'chat', promotional: false });
  });
});
