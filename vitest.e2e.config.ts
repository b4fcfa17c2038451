import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in Debian's Chromium (playwright-core, executablePath /usr/bin/chromium).
 * The global setup bundles the fixtures and adapters with esbuild into tests/e2e/.cache/.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A busy 2-core CI machine: waits get generous timeouts, and no test asserts wall-clock time.
    expect: { poll: { timeout: 15_000 } },
  },
});
