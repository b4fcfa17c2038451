/**
 * package.json's `engines` is the Node the toolchain really needs: every installed package's own
 * `engines.node` accepts the lowest version of each line it allows, so `npm ci` on the documented
 * version prints no EBADENGINE warning; the README names the same versions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const range = pkg.engines.node;

/** The installed packages' declared Node ranges (node_modules and nested node_modules). */
function declaredRanges(): Array<[string, string]> {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { engines?: { node?: string } }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, p]) => path !== '' && typeof p.engines?.node === 'string' && existsSync(join(ROOT, path)))
    .map(([path, p]) => [path, p.engines!.node!]);
}

/** The lowest version of each major line the range allows (e.g. 22.13.0 and 24.0.0). */
function lineFloors(r: string): string[] {
  return new semver.Range(r).set.map((comparators) => semver.minVersion(comparators.map((c) => c.value).join(' '))!.version);
}

describe('the Node version', () => {
  it('every installed package accepts the lowest version of each line engines allows', () => {
    const floors = lineFloors(range);
    expect(floors).toEqual(['22.13.0', '24.0.0']);
    const ranges = declaredRanges();
    expect(ranges.length).toBeGreaterThan(50);
    for (const floor of floors)
      expect(
        ranges.filter(([, r]) => !semver.satisfies(floor, r)).map(([p, r]) => `${p}: ${r}`),
        floor,
      ).toEqual([]);
  });

  it('is no lower than what the toolchain declares (WXT 0.21: Node ≥ 22)', () => {
    const wxt = declaredRanges().find(([p]) => p === 'node_modules/wxt')![1];
    expect(semver.subset(range, wxt)).toBe(true);
    // Lower it and npm would warn: 20.20 is outside WXT's range.
    expect(semver.satisfies('20.20.0', wxt)).toBe(false);
  });

  it('the README says the same', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/Node\.js 22\.13 or newer in the 22 line, or 24\+/);
    expect(readme).not.toMatch(/Node\.js 20\+/);
    // A warning, not a refusal, on other versions (TOOLCHAIN: Node 20.20 runs everything).
    expect(readFileSync(join(ROOT, '.npmrc'), 'utf8')).not.toMatch(/engine-strict\s*=\s*true/);
  });
});
