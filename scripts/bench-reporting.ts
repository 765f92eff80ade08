// npm run bench:reporting [-- --communes-db /path/communes.db]
// Times who-has-reported (db/reporting.ts) on the communes store of bench:store (the illustrative
// store with every one of the 3,321 communes reporting weekly since 1/7/2025, about 555,000
// reports; built here when absent, which takes minutes): the 12-week grid of the 34 provinces
// with their communes' completeness, warm (kept per data version) and right after a write (one
// commune figure corrected, so everything is read again). Aims: under 50 ms warm, 150 ms after a
// write. Prints the figures; run by hand, not by the tests.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { openStore } from '@/db/store/client';
import { writeObservations } from '@/db/observations';
import { getReportingGrid, getWeekReport } from '@/db/reporting';
import { listUnits } from '@/db/units';
import { metricByKey, type MetricKey } from '@/lib/metrics';
import { weekOfDate } from '@/lib/reporting/weeks';

const LAST_WEEK = weekOfDate('2026-11-25');

function stats(label: string, times: number[]): void {
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.floor(times.length * 0.95)];
  console.log(`${label.padEnd(64)} median ${median.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms`);
}

function main(): void {
  const { values } = parseArgs({ options: { 'communes-db': { type: 'string', default: 'data/bench-communes.db' } } });
  const file = values['communes-db']!;
  if (!existsSync(file)) {
    console.log(`building ${file} with bench:store (minutes)...`);
    execFileSync('npx', ['tsx', 'scripts/bench-store.ts', '--communes-only', '--communes-db', file], { stdio: 'inherit' });
  }
  const store = openStore(file);
  const parcels = metricByKey('land_parcels_digitized').id;
  const commune = listUnits(store, '2025', 'commune')[1000];
  let value = (store.sqlite.prepare(`SELECT value FROM observations WHERE unit_id = ? AND metric_id = ? ORDER BY report_date DESC LIMIT 1`).pluck()
    .get(commune.id, parcels) as number) + 1;
  const date = store.sqlite.prepare(`SELECT MAX(report_date) FROM observations WHERE unit_id = ? AND metric_id = ?`).pluck().get(commune.id, parcels) as string;
  console.log(`${file}: ${store.sqlite.prepare('SELECT COUNT(*) FROM observations').pluck().get()} reports; 12 weeks to ${LAST_WEEK.key}`);
  for (const metric of [null, 'land_parcels_digitized', 'health_book_records'] as (MetricKey | null)[]) {
    const run = () => getReportingGrid(store, LAST_WEEK, 12, metric);
    const grid = run();
    const last = grid.weeks.at(-1)!;
    const name = metric ?? 'the weekly report';
    console.log(`\n${name}: ${last.provinces.onTime} on time, ${last.provinces.late} late, ${last.provinces.missing} missing of ${last.provinces.expected} provinces;`
      + (last.communes ? ` communes ${last.communes.received} / ${last.communes.expected}` : ''));
    const warm: number[] = [];
    for (let i = 0; i < 41; i++) {
      const t = performance.now();
      run();
      getWeekReport(store, LAST_WEEK, metric);
      warm.push(performance.now() - t);
    }
    stats(`grid + week report, 34 provinces + 3,321 communes, 12 weeks, warm`, warm);
    const afterWrite: number[] = [];
    for (let i = 0; i < 11; i++) {
      writeObservations(store, { source: 'script', actor: 'bench-reporting', note: 'a correction' }, [
        { unitId: commune.id, metricId: parcels, reportDate: date, value: value++, reason: 'bench' },
      ]);
      const t = performance.now();
      run();
      getWeekReport(store, LAST_WEEK, metric);
      afterWrite.push(performance.now() - t);
    }
    stats(`the same right after a write`, afterWrite);
  }
  store.sqlite.close();
  console.log(`\npeak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main();
