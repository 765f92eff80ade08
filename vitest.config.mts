import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vite 8 resolves tsconfig "paths" natively, so `@/…` imports work in tests.
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', '.next/**', 'e2e/**'],
    testTimeout: 30_000,
    // Seeded stores (with the 3,321 communes' figures) take seconds to build in beforeAll on a busy machine.
    hookTimeout: 60_000,
    // better-sqlite3 is a native addon; child processes are safer than worker threads.
    pool: 'forks',
  },
});
