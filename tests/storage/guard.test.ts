import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertExtensionOrigin } from '@/lib/storage/db';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every local module a file reaches through static imports (type-only imports excluded). */
function importGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const m of source.matchAll(/^(?:import|export)\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    const spec = m[1]!;
    if (!spec.startsWith('.') && !spec.startsWith('@/')) {
      seen.add(spec);
      continue;
    }
    const base = spec.startsWith('@/') ? resolve(ROOT, spec.slice(2)) : resolve(dirname(entry), spec);
    const file = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find(existsSync);
    if (file) importGraph(file, seen);
  }
  return seen;
}

describe('content scripts cannot reach IndexedDB', () => {
  it('refuses to open the database from a web page origin', () => {
    expect(() => assertExtensionOrigin({ protocol: 'https:' })).toThrow(/not a content script/);
    expect(() => assertExtensionOrigin({ protocol: 'chrome-extension:' })).not.toThrow();
    expect(() => assertExtensionOrigin({ protocol: 'moz-extension:' })).not.toThrow();
    expect(() => assertExtensionOrigin(undefined)).not.toThrow();
  });

  it.each(['x', 'facebook', 'linkedin', 'instagram'])('the %s content script never imports Dexie or db.ts', (site) => {
    const graph = [...importGraph(resolve(ROOT, `entrypoints/${site}.content/index.tsx`))];
    expect(graph).not.toContain('dexie');
    expect(graph.some((f) => f.endsWith('lib/storage/db.ts'))).toBe(false);
    // It talks to the background instead (and the walker followed it that far).
    expect(graph.some((f) => f.endsWith('lib/messaging/messenger.ts'))).toBe(true);
  });

  it("the pages' messaging client never imports Dexie or db.ts", () => {
    const graph = [...importGraph(resolve(ROOT, 'lib/messaging/client.ts'))];
    expect(graph).not.toContain('dexie');
    expect(graph.some((f) => f.endsWith('lib/storage/db.ts'))).toBe(false);
    expect(graph.some((f) => f.endsWith('lib/messaging/protocol.ts'))).toBe(true);
  });

  it('(the import walker does find db.ts where it is used: the background)', () => {
    const graph = [...importGraph(resolve(ROOT, 'entrypoints/background/index.ts'))];
    expect(graph.some((f) => f.endsWith('lib/storage/db.ts'))).toBe(true);
    expect(graph).toContain('dexie');
  });
});
