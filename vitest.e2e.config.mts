// Browser tests (e2e/): one production server (`next start` on a seeded temporary store, see
// e2e/global-setup.ts) and one Chromium, so test files run one after another.
// Run with `npm run test:e2e` after `npx next build`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    setupFiles: ['e2e/setup.ts'],
    // better-sqlite3 and a spawned server: child processes rather than worker threads.
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
