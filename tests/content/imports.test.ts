/**
 * The content scripts run on the sites' pages: they must never open the database (lib/storage,
 * Dexie) and stay small (no zod, no engine: analysis runs in the background). Only type imports
 * of those modules are allowed in the code they bundle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['lib/content', 'lib/messaging/messenger.ts', 'components/composer', ...readdirSync('entrypoints').filter((d) => d.endsWith('.content')).map((d) => `entrypoints/${d}`)];

function files(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Module specifiers imported for their values (not `import type`). */
function valueImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^import\s+(?!type\b)([^;]*?)\s+from\s+'([^']+)'/gms)) {
    const clause = m[1]!.trim();
    // `import { type A, type B } from` carries no value either.
    if (/^\{[^}]*\}$/.test(clause) && clause.slice(1, -1).split(',').every((p) => !p.trim() || p.trim().startsWith('type '))) continue;
    out.push(m[2]!);
  }
  for (const m of source.matchAll(/^import\s+'([^']+)'/gm)) out.push(m[1]!);
  return out;
}

describe('what the content scripts bundle', () => {
  it('has one content script per site', () => {
    expect(ROOTS.filter((r) => r.startsWith('entrypoints/')).sort()).toEqual([
      'entrypoints/facebook.content',
      'entrypoints/instagram.content',
      'entrypoints/linkedin.content',
      'entrypoints/x.content',
    ]);
  });

  it.each(ROOTS.flatMap(files).map((f) => [f]))('%s imports no storage, zod or engine values', (file) => {
    const bad = valueImports(readFileSync(file, 'utf8')).filter((spec) => /storage|dexie|^zod$|analysis\/|messaging\/(client|protocol|router)/.test(spec));
    expect(bad).toEqual([]);
  });
});
