/**
 * `npm run check`: the batch CLI (cli/check.ts) run from one bundled JavaScript file per thread.
 * Under tsx every worker thread would compile the whole engine again (seconds of start-up and
 * about 60 MB each); bundled, a worker starts in a fraction of a second in about 30 MB. The
 * bundle is rebuilt with esbuild when any file it was built from has changed since.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'node_modules/.cache/postwise-cli');
const INPUTS = join(OUT, 'inputs.json');

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
};

/** True when the bundle exists and no file it was built from (or the lock file) is newer. */
function fresh() {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return false;
  }
  const built = Math.min(mtime(join(OUT, 'check.mjs')), mtime(join(OUT, 'check-worker.mjs')));
  return [...inputs, 'package-lock.json', 'scripts/check.mjs'].every((p) => mtime(join(ROOT, p)) < built);
}

export async function bundleCli() {
  if (fresh()) return OUT;
  // Built aside and moved in file by file: a CLI starting meanwhile never loads half a bundle.
  const aside = `${OUT}.${process.pid}`;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { check: 'cli/check.ts', 'check-worker': 'cli/check-worker.ts' },
    outdir: aside,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // ESM sources first, so only what the engine imports is bundled (stopword's few lists, not 62).
    mainFields: ['module', 'main'],
    // CommonJS dependencies (twitter-text) require() Node's built-ins.
    banner: { js: 'import { createRequire as __postwiseRequire } from "node:module"; const require = __postwiseRequire(import.meta.url);' },
    metafile: true,
    logLevel: 'warning',
  });
  mkdirSync(OUT, { recursive: true });
  for (const name of ['check-worker.mjs', 'check.mjs']) renameSync(join(aside, name), join(OUT, name));
  rmSync(aside, { recursive: true, force: true });
  writeFileSync(INPUTS, JSON.stringify(Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('<'))));
  return OUT;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = await bundleCli();
  const { runFromShell } = await import(pathToFileURL(join(out, 'check.mjs')).href);
  runFromShell(process.argv.slice(2));
}
