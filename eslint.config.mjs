// eslint-config-next 16 exports flat config arrays directly (no FlatCompat needed).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.next-bench/**',
    'node_modules/**',
    'data/**',
    'db/migrations/**', // drizzle-kit output
    'next-env.d.ts',
    'e2e-output/**',
    'coverage/**',
  ]),
]);
