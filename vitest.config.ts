import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** LIAISON_TEST_REPORT=path also writes vitest's JSON report there (.ci/run reads its counts). */
const report = process.env.LIAISON_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A throwaway PostgreSQL cluster for the store's tests on PostgreSQL (test/support/postgres.ts).
    globalSetup: ['test/support/postgres-setup.ts'],
    // Test files share a worker's loaded modules instead of importing the whole bot again for each
    // file (62 s of imports in a run on the shared machine, 5 s without). No test relies on a
    // fresh module: they build their own App, store, folders and fake Discord.
    isolate: false,
    // One worker per core: vitest's default leaves one core free, which on a 2-core machine runs
    // every file in turn (115 s against 86 s with both).
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: report ? ['default', 'json'] : ['default'],
    ...(report ? { outputFile: { json: report } } : {}),
  },
});
