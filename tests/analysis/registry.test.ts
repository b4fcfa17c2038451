import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '@/lib/analysis/rules/index';
import { CATEGORIES } from '@/lib/analysis/schemas';

const root = join(__dirname, '../..');
const rulesDir = join(root, 'lib/analysis/rules');

describe('rule registry', () => {
  const ids = rules.map((r) => r.meta.id);

  it('lists every rule module exactly once, by the id its path gives', () => {
    const files = readdirSync(rulesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(rulesDir, d.name))
          .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
          .map((f) => `${d.name}/${f.replace(/\.ts$/, '')}`),
      );
    expect([...ids].sort()).toEqual(files.sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every rule a test file, a category, a description and messages', () => {
    for (const rule of rules) {
      expect(existsSync(join(root, 'tests/analysis/rules', `${rule.meta.id}.test.ts`)), rule.meta.id).toBe(true);
      expect(CATEGORIES).toContain(rule.meta.category);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    }
  });
});

describe('docs/rules.md', () => {
  it('is up to date with the registry (run npm run docs)', async () => {
    const { readFileSync } = await import('node:fs');
    const { rulesDoc } = await import('@/scripts/rules-doc');
    expect(readFileSync(join(root, 'docs/rules.md'), 'utf8')).toBe(rulesDoc());
  });
});
