import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShingleHistoryIndex, type HistoryIndex } from '@/lib/analysis/history/index';
import { KINDS, PLATFORMS, type HistoryItem } from '@/lib/analysis/schemas';

const NOW = Date.UTC(2026, 2, 2, 12);
const HOUR = 3_600_000;
const WORDS = [
  'we',
  'launch',
  'flow',
  'today',
  'time',
  'zones',
  'team',
  '#news',
  'https://t.co/a',
  'Café',
  '東京',
  '🎉',
  'sale',
  '20% off',
  'code SPRING',
];

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 14 }).map((w) => w.join(' '));
const historyItem = fc.record({
  text,
  platform: fc.constantFrom(...PLATFORMS),
  kind: fc.constantFrom(...KINDS),
  hours: fc.integer({ min: -2, max: 24 * 60 }),
  account: fc.option(fc.constantFrom('acme', 'acme_support', 'kim'), { nil: undefined }),
  promotional: fc.option(fc.boolean(), { nil: undefined }),
  unknownTime: fc.boolean(),
  withId: fc.boolean(),
});
type Generated = typeof historyItem extends fc.Arbitrary<infer T> ? T : never;
const toItem = (g: Generated, i: number, prefix: string): HistoryItem => ({
  ...(g.withId ? { id: `${prefix}${i}` } : {}),
  platform: g.platform,
  kind: g.kind,
  text: g.text,
  postedAt: g.unknownTime ? 'not a date' : NOW - g.hours * HOUR,
  ...(g.account ? { account: g.account } : {}),
  ...(g.promotional !== undefined ? { promotional: g.promotional } : {}),
});

/** Everything the checks can ask an index, as plain data. */
function answers(index: HistoryIndex, queries: readonly string[]) {
  const similar = queries.flatMap((q) =>
    [
      {},
      { minSimilarity: 0.3, limit: 1000 },
      { since: NOW - 14 * 24 * HOUR, kinds: ['post' as const], minSimilarity: 0.8, limit: 200 },
      { since: NOW - 30 * 24 * HOUR, kinds: ['reply' as const, 'comment' as const], minSimilarity: 0.9, limit: 50 },
    ].map((query) => index.findSimilar(q, query)),
  );
  const recent = PLATFORMS.flatMap((platform) =>
    [{ limit: 20, kinds: ['post' as const] }, { limit: 50 }, { limit: 20, account: 'acme' }, { limit: 5, before: NOW - 48 * HOUR }].map(
      (query) => index.recent(platform, query).map((p) => ({ ...p })),
    ),
  );
  return JSON.parse(JSON.stringify({ size: index.size, similar, recent }));
}

/** A snapshot as one string, typed arrays as their bytes (a deep equality on them is slow). */
const bytesOf = (snapshot: object) =>
  JSON.stringify(snapshot, (_key, value) =>
    ArrayBuffer.isView(value)
      ? `${value.constructor.name}:${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')}`
      : value,
  );

/** What IndexedDB does to a value: a structured clone. */
const restore = (index: ShingleHistoryIndex) => ShingleHistoryIndex.fromSnapshot(structuredClone(index.toSnapshot()));

describe('index snapshot', () => {
  it('restores an index that answers exactly as the one saved, before and after more posts are added', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.array(historyItem, { maxLength: 40 }),
        fc.array(historyItem, { maxLength: 8 }),
        fc.array(text, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (built, added, extraQueries, cap, readPromotional) => {
          const original = new ShingleHistoryIndex(
            built.map((g, i) => toItem(g, i, 'b')),
            { postingCap: cap },
          );
          // Some lazy `promotional` values decided before saving, some not.
          const firstRecent = original.recent('x', { limit: 50 });
          for (const k of readPromotional) void firstRecent[k % Math.max(1, firstRecent.length)]?.promotional;
          const queries = [...built.map((g) => g.text), ...extraQueries];
          const restored = restore(original);
          expect(answers(restored, queries)).toEqual(answers(original, queries));
          for (const [i, g] of added.entries()) {
            expect(restored.add(toItem(g, i, 'a'))).toEqual(original.add(toItem(g, i, 'a')));
          }
          const all = [...queries, ...added.map((g) => g.text)];
          expect(answers(restored, all)).toEqual(answers(original, all));
          expect(bytesOf(restored.toSnapshot())).toBe(bytesOf(original.toSnapshot()));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps an undecided `promotional` lazy, and a decided one as it was', () => {
    const original = new ShingleHistoryIndex([
      { id: 'sale', platform: 'x', kind: 'post', text: 'Our spring sale: 20% off everything, use code SPRING20', postedAt: NOW },
      { id: 'said', platform: 'x', kind: 'post', text: 'Our spring sale: 20% off everything', postedAt: NOW - HOUR, promotional: false },
    ]);
    const snapshot = original.toSnapshot();
    expect([...snapshot.promotional]).toEqual([1, 0]); // oldest first: "said" (false), "sale" (undecided)
    const [sale, said] = ShingleHistoryIndex.fromSnapshot(structuredClone(snapshot)).recent('x', { limit: 2 });
    expect([sale!.promotional, said!.promotional]).toEqual([true, false]);
  });

  it('is refused when it is of another format or its parts do not fit together', () => {
    const index = new ShingleHistoryIndex([
      { id: 'a', platform: 'x', kind: 'post', text: 'we launch flow today', postedAt: NOW },
      { id: 'b', platform: 'linkedin', kind: 'reply', text: 'team time zones', postedAt: NOW - HOUR },
    ]);
    const good = index.toSnapshot();
    const broken = (change: (s: ReturnType<typeof structuredClone<typeof good>>) => void) => {
      const s = structuredClone(good);
      change(s);
      return () => ShingleHistoryIndex.fromSnapshot(s);
    };
    expect(broken(() => {})).not.toThrow();
    expect(broken((s) => ((s as { format: number }).format = 0))).toThrow();
    expect(broken((s) => (s.times = s.times.slice(0, 1)))).toThrow(/per-post arrays/);
    expect(broken((s) => (s.platforms[0] = 9))).toThrow(/unknown platform/);
    expect(broken((s) => (s.lengths[1] = 1_000))).toThrow(/outside the pool/);
    expect(broken((s) => (s.shingles.entryPost = new Int32Array(3)))).toThrow(/entry/);
    expect(broken((s) => s.shingles.heads.fill(-50))).toThrow(/outside the table/);
    expect(broken((s) => (s.timeline.numbers[0] = 7))).toThrow(/timeline/);
    expect(broken((s) => ((s as { pool: unknown }).pool = [1, 2]))).toThrow();
  });
});
