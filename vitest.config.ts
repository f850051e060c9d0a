import { defineConfig } from 'vitest/config';

/** LIAISON_TEST_REPORT=path also writes vitest's JSON report there (.ci/run reads its counts). */
const report = process.env.LIAISON_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A throwaway PostgreSQL cluster for the store's tests on PostgreSQL (test/support/postgres.ts).
    globalSetup: ['test/support/postgres-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: report ? ['default', 'json'] : ['default'],
    ...(report ? { outputFile: { json: report } } : {}),
  },
});
