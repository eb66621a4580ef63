import { defineConfig } from 'vitest/config';

export default defineConfig({
  // As in the bundle (scripts/build.mjs): prisma-ast's config-file search never runs.
  resolve: { alias: { lilconfig: new URL('./src/frontends/prisma/noConfig.ts', import.meta.url).pathname } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    // Per-file CPU for scripts/test-profile.mjs, only when it asks.
    setupFiles: process.env.ORMLINT_TEST_PROFILE ? ['test/setup/profile.ts'] : [],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here and in CI: forks keep wasm heaps apart without oversubscribing. Vitest's
    // default is one worker fewer than the cores, which on two cores ran the files one at a time.
    pool: 'forks',
    maxWorkers: 2,
    minWorkers: 1,
    poolOptions: { forks: { isolate: false } },
  },
});
