/** Bundles the fixtures and the adapters with esbuild before the e2e run (not the WXT build). */
import { buildAll } from './fixtures/build';

export default async function setup(): Promise<void> {
  const started = Date.now();
  await buildAll();
  console.log(`[e2e] fixtures and adapters bundled in ${Date.now() - started} ms`);
}
