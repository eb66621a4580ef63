import { defineConfig } from 'vitest/config';

export default defineConfig({
  // As in the bundle (scripts/build.mjs): prisma-ast's config-file search never runs.
  resolve: { alias: { lilconfig: new URL('./src/frontends/prisma/noConfig.ts', import.meta.url).pathname } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here and in CI: forks keep wasm heaps apart without oversubscribing.
    pool: 'forks',
  },
});
