// eslint-config-next 16 exports flat config arrays directly (no FlatCompat needed).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { fileURLToPath } from 'node:url';

// The project's root: the layer zones below are paths from here, wherever eslint is started.
const ROOT = fileURLToPath(new URL('.', import.meta.url));

// The layers (README "Layout"): scripts → app → components → db → lib. A layer imports only the
// ones below it. Tests and the test fixtures of db/testing/ may reach up (a store test may call a
// route); the product code may not.
export const LAYER_ZONES = [
  { target: './lib', from: ['./db', './app', './components', './scripts'], message: 'lib/ is pure domain code: it imports no db/, app/, components/ or scripts/.' },
  { target: './db', from: ['./app', './components', './scripts'], message: 'db/ imports lib/ only: no app/, components/ or scripts/.' },
  { target: './components', from: ['./app', './scripts'], message: 'components/ are presentational: they import no app/ (a route\'s own components live in app/<route>/_components/).' },
  { target: './app', from: ['./scripts'], message: 'app/ imports no scripts/.' },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Structure, enforced: import-x (the maintained fork of eslint-plugin-import) reads every
    // module once per run (its export map), resolving `@/…` through tsconfig's paths.
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads no .ts module and no-cycle silently finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${ROOT}tsconfig.json` })],
    },
    rules: {
      // No module may import one that imports it back (at any depth). import-x skips type-only
      // imports (they vanish at run time); lib/message.ts, lib/series.ts and db/store/types.ts
      // are the leaf modules that keep those acyclic too.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES, basePath: ROOT }],
    },
  },
  {
    files: ['**/*.test.ts', 'db/testing/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  globalIgnores([
    '.next/**',
    '.next-bench/**',
    'node_modules/**',
    'data/**',
    'db/migrations/**', // drizzle-kit output
    'next-env.d.ts',
    'e2e-output/**',
    'coverage/**',
    'lint/fixtures/**', // broken on purpose: lint/structure.test.ts checks the rules catch them (lint/fixtures/README.md)
  ]),
]);
