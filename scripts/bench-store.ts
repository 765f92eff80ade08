// npm run bench:store [-- --keep /path/big.db] [-- --reuse /path/big.db] [-- --communes-only] [-- --communes-db /path/communes.db]
// Times the queries the dashboard makes, on the illustrative store and on a large one: the
// 3,321 communes as units, 7 metrics, weekly for 3 years (about 3.6 million reports).
// Aims: national summary of the 63 provinces under 5 ms; every query on the large store under
// 50 ms; peak memory under 300 MB. Then the communes store: the illustrative store with every one
// of the 3,321 real communes reporting both commune metrics weekly since 1/7/2025, written week by
// week through the one write path (db/observations.ts writeObservations, which stores the
// provinces' roll-up): the national report, a province's commune list (79, 168 communes) and the
// ranking each under 50 ms. Prints the figures; it is run by hand, not by the tests.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '@/db/store/client';
import type { Store } from '@/db/store/types';
import { readProvinceCommunes } from '@/db/communes';
import { writeObservations, type ObservationInput } from '@/db/observations';
import { getReport } from '@/db/report';
import { listUnits } from '@/db/units';
import { getUnitHistory } from '@/db/history';
import { getNationalSummary } from '@/db/national';
import { getRanking } from '@/db/ranking';
import { seedIllustrativeData } from '@/db/seed/seed';
import { rebuildTotals } from '@/db/totals';
import { bumpDataVersion } from '@/db/store/cache';
import { addDays } from '@/lib/dates';
import { isBeforeMerger } from '@/lib/editions';
import { metricByKey, METRICS } from '@/lib/metrics';

const COMMUNES = 3321;
const WEEKS = 156;
const LAST_REPORT = '2026-11-25';

function buildLargeStore(file: string): void {
  const store = openStore(file, { create: true });
  const { sqlite } = store;
  const started = performance.now();
  sqlite.transaction(() => {
    const batch = sqlite
      .prepare(`INSERT INTO batches (source, actor, created_at, note) VALUES ('script', 'bench-store', ?, 'synthetic') RETURNING id`)
      .pluck()
      .get(new Date().toISOString()) as number;
    const unit = sqlite
      .prepare(
        `INSERT INTO units (edition, level, code, name_vi, name_ascii, kind, communes, population)
         VALUES ('2025', 'commune', ?, ?, ?, ?, 1, ?) RETURNING id`,
      )
      .pluck();
    const report = sqlite.prepare(
      `INSERT INTO observations (unit_id, metric_id, report_date, value, batch_id) VALUES (?, ?, ?, ?, ?)`,
    );
    const target = sqlite.prepare(
      `INSERT INTO targets (unit_id, metric_id, baseline_date, baseline_value, due_date, target_value, illustrative)
       VALUES (?, ?, ?, 0, '2026-12-31', ?, 1)`,
    );
    const dates = Array.from({ length: WEEKS }, (_, w) => addDays(LAST_REPORT, -7 * (WEEKS - 1 - w)));
    for (let i = 0; i < COMMUNES; i++) {
      const code = String(10000 + i * 7).padStart(5, '0');
      const id = unit.get(code, `Xã ${code}`, `Xa ${code}`, i % 5 === 0 ? 'ward' : 'commune', 3000 + ((i * 7919) % 40000)) as number;
      for (const m of METRICS) {
        const milestone = m.kind === 'milestone';
        const pace = 1 + ((i * 31 + m.id * 17) % 50);
        const start = (i * 13 + m.id) % 60; // a week after which the metric moves
        dates.forEach((date, w) => {
          const value = milestone ? (w >= start + 40 ? 1 : 0) : Math.max(0, w - start) * pace;
          report.run(id, m.id, date, value, batch);
        });
        target.run(id, m.id, dates[0], milestone ? 1 : pace * (WEEKS - start) * 1.1);
      }
    }
    rebuildTotals(sqlite);
    bumpDataVersion(sqlite);
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.exec('ANALYZE');
  const count = sqlite.prepare(`SELECT COUNT(*) FROM observations`).pluck().get();
  console.log(`built ${file}: ${count} reports in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  sqlite.close();
}

function time(label: string, run: () => unknown, repeats = 21): number {
  run(); // warm the statement cache and the pages
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(repeats / 2)];
  const p95 = times[Math.floor(repeats * 0.95)];
  console.log(`${label.padEnd(58)} median ${median.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms`);
  return median;
}

function benchIllustrative(dir: string): void {
  const store = openStore(path.join(dir, 'illustrative.db'), { create: true });
  seedIllustrativeData(store, LAST_REPORT);
  console.log('\nIllustrative store (63 provinces until 30/6/2025, 34 since):');
  time('national summary, 63 provinces, 13/11/2024', () => getNationalSummary(store, { date: '2024-11-13', edition: '2024' }));
  time('national summary, 34 provinces, latest', () => getNationalSummary(store, { edition: '2025' }));
  time('national summary, 34 provinces as sums, 13/11/2024', () => getNationalSummary(store, { date: '2024-11-13', edition: '2025' }));
  time('ranking, 63 provinces, health_book_records', () => getRanking(store, { date: '2024-11-13', edition: '2024', metric: 'health_book_records' }));
  time('history of 79 (across the merger)', () => getUnitHistory(store, { edition: '2025', code: '79' }));
  store.sqlite.close();
}

function benchLarge(store: Store): void {
  const commune = (store.sqlite.prepare(`SELECT code FROM units WHERE level = 'commune' ORDER BY code LIMIT 1 OFFSET 1660`).pluck().get()) as string;
  console.log(`\nLarge store (${COMMUNES} communes as units):`);
  const q = { edition: '2025', level: 'commune' } as const;
  time('national summary, latest', () => getNationalSummary(store, q));
  time('national summary, 13/11/2024', () => getNationalSummary(store, { ...q, date: '2024-11-13' }));
  time('ranking of all units, health_book_records, latest', () => getRanking(store, { ...q, metric: 'health_book_records' }));
  time('ranking of all units, land_parcels_digitized, 13/11/2024', () => getRanking(store, { ...q, date: '2024-11-13', metric: 'land_parcels_digitized' }));
  time(`history of commune ${commune}, every metric`, () => getUnitHistory(store, { ...q, code: commune }));
}

/**
 * The illustrative store, then every commune reporting land_data_digitized (reached in a week of
 * its own, some never) and land_parcels_digitized (a running count) on every weekly report date
 * since 1/7/2025, one batch per week as reporters would send them.
 */
function buildCommunesStore(file: string): void {
  const store = openStore(file, { create: true });
  seedIllustrativeData(store, LAST_REPORT);
  const communes = listUnits(store, '2025', 'commune');
  const dates: string[] = [];
  for (let d = LAST_REPORT; !isBeforeMerger(d); d = addDays(d, -7)) dates.unshift(d);
  const [land, parcels] = [metricByKey('land_data_digitized').id, metricByKey('land_parcels_digitized').id];
  const started = performance.now();
  let slowest = 0;
  dates.forEach((date, w) => {
    const rows: ObservationInput[] = communes.flatMap((c, i) => {
      const reachedWeek = (i * 7919) % 90; // weeks 74-89: not reached by the last report
      const pace = 20 + ((i * 31) % 400);
      return [
        { unitId: c.id, metricId: land, reportDate: date, value: w >= reachedWeek ? 1 : 0 },
        { unitId: c.id, metricId: parcels, reportDate: date, value: 5000 + pace * (w + 1) },
      ];
    });
    const t = performance.now();
    writeObservations(store, { source: 'script', actor: 'bench-store', note: `week of ${date}` }, rows);
    slowest = Math.max(slowest, performance.now() - t);
  });
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  store.sqlite.exec('ANALYZE');
  const count = store.sqlite.prepare(`SELECT COUNT(*) FROM observations`).pluck().get();
  const seconds = (performance.now() - started) / 1000;
  console.log(`built ${file}: ${communes.length} communes x ${dates.length} weeks in ${dates.length} batches through writeObservations, ${count} reports in all;`);
  console.log(`  ${seconds.toFixed(1)} s for the weekly writes with their roll-up (${((seconds * 1000) / dates.length).toFixed(0)} ms a week on average, slowest ${slowest.toFixed(0)} ms)`);
  store.sqlite.close();
}

function benchCommunes(store: Store): void {
  const lagging = readProvinceCommunes(store, '79', LAST_REPORT).filter((c) => !c.landData.reached).length;
  console.log(`\nCommunes store (every commune weekly since 1/7/2025; 79 has ${lagging} of 168 communes lagging on ${LAST_REPORT}):`);
  time('national report, 34 provinces, latest', () => getReport(store, { edition: '2025' }));
  time('national report, 34 provinces, 12/11/2025', () => getReport(store, { edition: '2025', date: '2025-11-12' }));
  time('commune list of 79 (168 communes), latest', () => readProvinceCommunes(store, '79', LAST_REPORT));
  time('commune list of 38 (166 communes), 12/11/2025', () => readProvinceCommunes(store, '38', '2025-11-12'));
  time('ranking, 34 provinces, communes_digitized, latest', () => getRanking(store, { edition: '2025', metric: 'communes_digitized' }));
  time('ranking, 34 provinces, land_parcels_digitized, latest', () => getRanking(store, { edition: '2025', metric: 'land_parcels_digitized' }));
}

function main(): void {
  const { values } = parseArgs({ options: { keep: { type: 'string' }, reuse: { type: 'string' }, 'communes-only': { type: 'boolean' }, 'communes-db': { type: 'string' } } });
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-store-'));
  try {
    if (!values['communes-only']) {
      benchIllustrative(dir);
      const file = values.reuse ?? values.keep ?? path.join(dir, 'large.db');
      if (!values.reuse || !existsSync(file)) buildLargeStore(file);
      const store = openStore(file);
      benchLarge(store);
      store.sqlite.close();
    }
    // --communes-db: kept there, and reused when it exists (its generation takes minutes).
    const communesFile = values['communes-db'] ?? path.join(dir, 'communes.db');
    if (!existsSync(communesFile)) buildCommunesStore(communesFile);
    const communes = openStore(communesFile);
    benchCommunes(communes);
    communes.sqlite.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`\npeak memory (max RSS): ${peakMb.toFixed(0)} MB`);
}

main();
