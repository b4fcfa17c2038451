import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { patchedBuiltins, twitterTextPolyfills } from '../../scripts/builtins';

const root = new URL('../../', import.meta.url).pathname;
const probe = new URL('../../scripts/builtins.ts', import.meta.url).pathname;

/** Runs `setup` then prints patchedBuiltins() in a fresh Node process with tsx (the CLI's loader). */
function patchedInChild(setup: string): string[] {
  const script = `${setup}\nconst { patchedBuiltins } = await import(${JSON.stringify(probe)});\nconsole.log(JSON.stringify(patchedBuiltins()));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as string[];
}

describe("twitter-text's core-js@2 polyfills never load", () => {
  it('resolves every core-js module twitter-text imports to the empty stand-in', () => {
    const fromTwitterText = createRequire(createRequire(import.meta.url).resolve('twitter-text'));
    const polyfills = twitterTextPolyfills();
    expect(polyfills).toContain('es6.regexp.split');
    for (const name of polyfills) expect(fromTwitterText.resolve(`core-js/modules/${name}`)).toMatch(/stubs\/core-js-none\/empty\.js$/);
  });

  it('leaves the built-ins native after importing the engine (vitest)', async () => {
    const engine = await import('../../lib/analysis/analyze');
    // twitter-text still measures: a URL counts 23, so 23 + 1 + 300 = 324 > 280.
    const result = engine.analyze({ platform: 'x', kind: 'post', text: `https://example.com ${'a'.repeat(300)}` }, { now: 0 });
    expect(result.findings.map((f) => f.ruleId)).toContain('norms/length');
    expect(patchedBuiltins()).toEqual([]);
  });

  it('leaves the built-ins native after importing the engine (tsx, as the scripts run)', () => {
    expect(patchedInChild(`await import(${JSON.stringify(`${root}lib/analysis/analyze.ts`)});`)).toEqual([]);
  }, 30_000);

  it('leaves the built-ins native after loading the bundled CLI (as npm run check runs)', () => {
    const setup =
      `const { bundleCli } = await import(${JSON.stringify(`${root}scripts/check.mjs`)});` +
      `const dir = await bundleCli();` +
      `await import(new URL('check.mjs', 'file://' + dir + '/').href);`;
    expect(patchedInChild(setup)).toEqual([]);
  }, 60_000);

  it('would notice the real polyfills (control: core-js@2 loaded as twitter-text would load it)', () => {
    const requires = twitterTextPolyfills()
      .map((m) => `require('core-js-2/modules/${m}');`)
      .join('');
    const found = patchedInChild(`const require = (await import('node:module')).createRequire(${JSON.stringify(root)});${requires}`);
    expect(found).toEqual(expect.arrayContaining(['Function.prototype.toString (replaced)', 'globalThis.__core-js_shared__ (added)']));
  }, 30_000);
});
