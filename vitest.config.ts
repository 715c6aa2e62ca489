import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start real bot processes: on a loaded 2-core machine (up to 8 sessions sharing it) a
    // start can take well over 20 s. A safety net for hangs, not a speed check (the benches measure speed).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['./test/support/postgres-setup.ts'],
    reporters: ['default', './test/support/plain-summary-reporter.ts'],
  },
});
