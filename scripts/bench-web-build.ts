// The build that `npm run bench:web` measures: the app as shipped, plus a trivial page and a
// trivial route handler that each read one SQLite row, so that every target can be compared with
// the framework's own pace on the same server in the same run. The two trivial files exist only
// while the benchmark builds, in a build folder of its own (.next-bench, through NEXT_DIST_DIR):
// they are never committed (.gitignore) and never part of `.next`, the build `npm start` serves.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const BENCH_DIST_DIR = '.next-bench';
export const TRIVIAL_PAGE = '/bench-trivial';
export const TRIVIAL_ROUTE = '/api/bench-trivial';

const root = process.cwd();
const pageFile = path.join(root, 'app', 'bench-trivial', 'page.tsx');
const routeFile = path.join(root, 'app', 'api', 'bench-trivial', 'route.ts');

// One row: the store's data version, the smallest read every cached answer already makes.
const PAGE = `// Built by scripts/bench-web-build.ts for the benchmark only; never committed.
import { connection } from 'next/server';
import { dataVersion } from '@/db/cache';
import { getStore } from '@/db/client';

export default async function BenchTrivialPage() {
  await connection();
  return <main className="p-4"><p>{dataVersion(getStore())}</p></main>;
}
`;
const ROUTE = `// Built by scripts/bench-web-build.ts for the benchmark only; never committed.
import { connection } from 'next/server';
import { dataVersion } from '@/db/cache';
import { getStore } from '@/db/client';

export async function GET(): Promise<Response> {
  await connection();
  return Response.json({ version: dataVersion(getStore()) });
}
`;

/** Builds into .next-bench with the trivial page and route; leaves the source tree as it found it. */
export function buildForBench(env: NodeJS.ProcessEnv): void {
  // next build writes its dist folder's types into tsconfig.json and next-env.d.ts: put them back.
  const kept = ['tsconfig.json', 'next-env.d.ts'].map((f) => ({ file: path.join(root, f), text: existsSync(path.join(root, f)) ? readFileSync(path.join(root, f), 'utf8') : null }));
  try {
    for (const [file, text] of [[pageFile, PAGE], [routeFile, ROUTE]] as const) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const next = path.join(root, 'node_modules', '.bin', 'next');
    const build = spawnSync(next, ['build'], { stdio: 'inherit', env: { ...env, NEXT_DIST_DIR: BENCH_DIST_DIR } });
    if (build.status !== 0) throw new Error('next build failed');
  } finally {
    rmSync(path.dirname(pageFile), { recursive: true, force: true });
    rmSync(path.dirname(routeFile), { recursive: true, force: true });
    for (const { file, text } of kept) {
      if (text === null) rmSync(file, { force: true });
      else writeFileSync(file, text);
    }
  }
}
