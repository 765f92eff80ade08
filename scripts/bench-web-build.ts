// The build that `npm run bench:web` measures: the app as shipped, plus a trivial page and a
// trivial route handler that each read one SQLite row, so that every target can be compared with
// the framework's own pace on the same server in the same run. The two trivial files exist only
// while the benchmark builds, in a build folder of its own (.next-bench, through NEXT_DIST_DIR):
// they are never committed (.gitignore) and never part of `.next`, the build `npm start` serves.
// They are named page.bench.tsx and route.bench.ts, which only the bench's build reads as a page
// and a route (next.config.js pageExtensions): one left behind by a killed run ships nowhere.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const BENCH_DIST_DIR = '.next-bench';
export const TRIVIAL_PAGE = '/bench-trivial';
export const TRIVIAL_ROUTE = '/api/bench-trivial';

const root = process.cwd();
const pageFile = path.join(root, 'app', 'bench-trivial', 'page.bench.tsx');
const routeFile = path.join(root, 'app', 'api', 'bench-trivial', 'route.bench.ts');

// One row: the store's data version, the smallest read every cached answer already makes.
// With ?kb=N (at most 400) it also renders about N KB of HTML that costs nothing to compute: a
// table of rows like the pages' own, which reaches the browser twice, as markup and as the
// React payload that hydrates it. It is the ceiling for a page of that size on this server.
const PAGE = `// Built by scripts/bench-web-build.ts for the benchmark only; never committed.
import { connection } from 'next/server';
import { dataVersion } from '@/db/store/cache';
import { getStore } from '@/db/store/client';

export default async function BenchTrivialPage({ searchParams }: { searchParams: Promise<{ kb?: string }> }) {
  await connection();
  const kb = Math.min(Math.max(Number((await searchParams).kb) || 0, 0), 400);
  // About 470 bytes a row: some 235 of markup and as many of payload.
  const rows = Array.from({ length: Math.round((kb * 1024) / 470) }, (_, i) => i);
  return (
    <main className="p-4">
      <p>{dataVersion(getStore())}</p>
      {rows.length > 0 && (
        <table className="min-w-full text-sm tabular-nums"><tbody>
          {rows.map((i) => (
            <tr key={i} className="border-t border-slate-200" data-row={i}>
              <td className="px-2 py-1">{26000 + i}</td><td className="px-2 py-1">Phường số {i}</td>
              <td className="px-2 py-1 text-right">{(i * 7919).toLocaleString('vi-VN')}</td><td className="px-2 py-1">01/07/2025</td>
            </tr>
          ))}
        </tbody></table>
      )}
    </main>
  );
}
`;
const ROUTE = `// Built by scripts/bench-web-build.ts for the benchmark only; never committed.
import { connection } from 'next/server';
import { dataVersion } from '@/db/store/cache';
import { getStore } from '@/db/store/client';

export async function GET(): Promise<Response> {
  await connection();
  return Response.json({ version: dataVersion(getStore()) });
}
`;

/** Builds into .next-bench with the trivial page and route; leaves the source tree as it found it. */
export function buildForBench(env: NodeJS.ProcessEnv): void {
  // next build writes its dist folder's types into tsconfig.json and next-env.d.ts: put them back.
  const kept = ['tsconfig.json', 'next-env.d.ts'].map((f) => ({ file: path.join(root, f), text: existsSync(path.join(root, f)) ? readFileSync(path.join(root, f), 'utf8') : null }));
  // Ctrl-C reaches `next build` too; with a listener here this process outlives it and tidies up.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
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
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (interrupted) process.exit(130);
  }
}
