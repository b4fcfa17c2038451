/**
 * Storage figures: inserting 100k posts into the Dexie database, and what a service-worker
 * restart costs — reading the history back and rebuilding the background's index (time, heap),
 * then the first analysis. Runs on fake-indexeddb (in-memory, pure JS) in Node, so absolute times
 * are an upper bound for Chrome's native IndexedDB; the ratios are what matter.
 *
 *   node --expose-gc --import tsx scripts/bench-storage.ts            (100k posts)
 *   node --expose-gc --import tsx scripts/bench-storage.ts --quick    (10k posts)
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { analyze } from '../lib/analysis/analyze';
import { buildHistoryIndex } from '../lib/analysis/history/index';
import { PLATFORMS, type Kind } from '../lib/analysis/schemas';
import { PostwiseDB } from '../lib/storage/db';
import { exportAll } from '../lib/storage/export';
import { HistoryCache } from '../lib/storage/history-cache';
import { loadHistory } from '../lib/storage/posts';
import type { PostRow } from '../lib/contract/schemas';

const QUICK = process.argv.includes('--quick');
const COUNT = QUICK ? 10_000 : 100_000;
const CHUNK = 5_000;
const NOW = Date.UTC(2026, 2, 2, 12);
const DAY = 86_400_000;

let seed = 20260302;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const WORDS = 'spring launch team customers planner morning update webinar thanks sorry order help today new week offer guide story tips join'.split(' ');
const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');

function post(i: number): PostRow {
  const kind: Kind = rand() < 0.3 ? 'reply' : 'post';
  return {
    id: `bench-${i}`,
    platform: PLATFORMS[i % 4]!,
    kind,
    text: `${sentence(8 + Math.floor(rand() * 40))} #${i % 97}`,
    time: NOW - Math.floor(rand() * 170 * DAY),
    source: 'recorded',
    ...(kind === 'reply' ? { replyTo: { text: sentence(12) } } : {}),
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;

async function main() {
  const name = `bench-${Date.now()}`;
  const db = new PostwiseDB(name);
  await db.open();

  let t = performance.now();
  for (let start = 0; start < COUNT; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, COUNT - start) }, (_, k) => post(start + k));
    await db.posts.bulkPut(rows);
  }
  const insert = performance.now() - t;
  console.log(`insert ${COUNT.toLocaleString('en-US')} posts (bulkPut, ${CHUNK} per transaction): ${ms(insert)} (${((COUNT / insert) * 1000).toFixed(0)} posts/s)`);

  t = performance.now();
  for (let i = 0; i < 200; i++) await db.posts.put(post(COUNT + i));
  console.log(`record one post (put, one transaction each): ${((performance.now() - t) / 200).toFixed(2)} ms`);
  db.close();

  // A service-worker restart: a fresh connection, a cold cache.
  const woken = new PostwiseDB(name);
  const before = heap();
  t = performance.now();
  const items = await loadHistory(woken);
  const read = performance.now() - t;
  t = performance.now();
  const index = buildHistoryIndex(items);
  const build = performance.now() - t;
  const after = heap();
  console.log(`after a restart: read ${items.length.toLocaleString('en-US')} posts ${ms(read)}, build the index ${ms(build)}, heap +${mb(after - before)} (${gc ? 'after gc' : 'no --expose-gc: rough'})`);

  const cache = new HistoryCache(woken);
  t = performance.now();
  const warm = await cache.get();
  const draft = { platform: 'linkedin' as const, kind: 'post' as const, text: sentence(30) };
  analyze(draft, { history: warm, now: NOW });
  console.log(`first analysis after a restart (read + build + analyze): ${ms(performance.now() - t)}`);
  t = performance.now();
  for (let i = 0; i < 50; i++) analyze({ ...draft, text: `${draft.text} ${i}` }, { history: warm, now: NOW });
  console.log(`warm analysis: ${((performance.now() - t) / 50).toFixed(2)} ms each; index size ${index.size.toLocaleString('en-US')}`);

  t = performance.now();
  const file = await exportAll(woken, NOW);
  const text = JSON.stringify(file);
  console.log(`export everything: ${ms(performance.now() - t)}, ${mb(text.length)} of JSON`);
  woken.close();
  await new PostwiseDB(name).delete();
}

void main();
