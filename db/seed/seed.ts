// Fills a store with the illustrative dataset (lib/illustrative) in one transaction.
import { count, sql } from 'drizzle-orm';
import type { Store } from '../store/types';
import { listUnits, predecessorsByUnit } from '../units';
import { illustrativeCommunes } from './communes';
import { bumpDataVersion } from '../store/cache';
import { createMeeting } from '../meetings/meetings';
import { seedIllustrativeActions } from './actions';
import { writeObservations, type ObservationInput } from '../observations';
import { meta, observations as reports, targets } from '../schema';
import { generateIllustrativeData, ILLUSTRATIVE_SEED } from '@/lib/illustrative/generate';
import { METRICS } from '@/lib/metrics';
import type { Edition } from '@/lib/editions';
import { onTimeAt, type Arrival } from '@/lib/illustrative/timeliness';

export interface SeedResult {
  seeded: boolean;
  observations: number;
  targets: number;
  /** Illustrative actions on the seeded meetings' lagging figures (db/seed/actions.ts). */
  actions?: number;
  reason?: string;
}

/**
 * An invented follow-up to the conference of 14/11/2024 (marked illustrative): six weeks later,
 * six of its localities, so its baseline is the conference's date (lib/meetings/meetings.ts baselineOf).
 */
export const ILLUSTRATIVE_MEETING = {
  title: 'Giao ban tiến độ Đề án 06 với 6 địa phương',
  date: '2024-12-26',
  place: 'Hà Nội (trực tuyến)',
  units: ['79', '74', '75', '38', '25', '19'],
} as const;

export function observationCount(store: Store): number {
  return store.db.select({ n: count() }).from(reports).get()!.n;
}

/**
 * Writes the illustrative reports up to `today` and the illustrative targets, and records in
 * `meta` that the store's data is illustrative. Does nothing to a store that already has reports.
 */
export function seedIllustrativeData(store: Store, today: string, now: Date = new Date()): SeedResult {
  if (observationCount(store) > 0) {
    return { seeded: false, observations: 0, targets: 0, reason: 'the store already has reports' };
  }
  const units2024 = listUnits(store, '2024');
  const units2025 = listUnits(store, '2025');
  const communes2025 = illustrativeCommunes(store);
  const predecessors = predecessorsByUnit(store);
  const successorOf = new Map<string, string>();
  for (const u of units2025) for (const p of predecessors.get(u.id) ?? []) successorOf.set(p.code, u.code);

  const data = generateIllustrativeData(
    {
      units2024: units2024.map((u) => ({
        code: u.code, kind: u.kind as 'city' | 'province', population: u.population, districts: u.districts!, successor: successorOf.get(u.code)!,
      })),
      units2025: units2025.map((u) => ({
        code: u.code, population: u.population, communes: u.communes!,
        predecessors: (predecessors.get(u.id) ?? []).map((p) => p.code),
      })),
      communes2025: communes2025.units,
    },
    today,
    now,
  );

  const unitId = new Map([...units2024, ...units2025, ...communes2025.rows].map((u) => [`${u.edition}:${u.code}`, u.id]));
  // unit id -> [edition, its province's code] (a commune arrives with its province's report).
  const codeOfId = new Map([...units2024, ...units2025].map((u) => [u.id, u.code]));
  const provinceCodeOf = new Map([...units2024, ...units2025, ...communes2025.rows].map((u) => [u.id, [u.edition, u.parentId ? codeOfId.get(u.parentId)! : u.code] as const]));
  const metricId = new Map(METRICS.map((m) => [m.key as string, m.id]));
  const { sqlite } = store;
  const rows: ObservationInput[] = data.series.flatMap((s) =>
    s.points.map((p) => ({
      unitId: unitId.get(`${s.edition}:${s.code}`)!,
      metricId: metricId.get(s.metric)!,
      reportDate: p.date,
      value: p.value,
    })),
  );
  // One transaction for reports, targets and the illustrative mark: a seed is whole or absent.
  let actions = 0;
  sqlite.transaction(() => {
    const { batchId } = writeObservations(
      store,
      { source: 'seed', actor: 'seed', note: `Dữ liệu minh họa / illustrative data (seed ${ILLUSTRATIVE_SEED}, reports to ${today})` },
      rows,
      now,
    );
    creditArrivals(store, data.arrivals, now, provinceCodeOf);
    // Rendered once, run per target (about a thousand).
    const p = sql.placeholder;
    const target = store.db.insert(targets).values({
      unitId: p('unitId'), metricId: p('metricId'), baselineDate: p('baselineDate'), baselineValue: p('baselineValue'),
      dueDate: p('dueDate'), targetValue: p('targetValue'), note: p('note'), illustrative: true, batchId,
    }).prepare();
    for (const t of data.targets) {
      target.run({ ...t, unitId: unitId.get(`${t.edition}:${t.code}`)!, metricId: metricId.get(t.metric)! });
    }
    const fact = (key: string, value: string) =>
      store.db.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } }).run();
    fact('illustrative', 'true');
    fact('illustrative_seed', String(ILLUSTRATIVE_SEED));
    fact('illustrative_until', today);
    const meeting = createMeeting(store, ILLUSTRATIVE_MEETING, { actor: 'seed', today, now, illustrative: true });
    if (!meeting.ok) throw new Error(`the illustrative meeting is refused: ${meeting.problems.map((p) => p.message.en).join(' ')}`);
    actions = seedIllustrativeActions(store, today, now, ILLUSTRATIVE_MEETING.date);
    bumpDataVersion(store); // the targets changed too
  })();
  const observations = rows.length;
  return { seeded: true, observations, targets: data.targets.length, actions };
}

/**
 * Credits each seeded figure to a batch at the time its weekly report arrived (lib/illustrative/
 * timeliness.ts): the 63 provinces and the first weeks of the 34 on the Thursday after the report
 * date, the last weeks as drawn (some late). One batch per province and report date, so that
 * lib/reporting sees the illustrative weeks as reporters would have sent them.
 */
function creditArrivals(
  store: Store,
  arrivals: ReadonlyMap<string, ReadonlyMap<string, Arrival>>,
  now: Date,
  provinceOf: ReadonlyMap<number, readonly [Edition, string]>,
): void {
  const { sqlite } = store;
  const pairs = sqlite.prepare(`SELECT DISTINCT unit_id, report_date FROM observations`).raw().all() as [number, string][];
  const batchAt = new Map<string, number>();
  const newBatch = sqlite.prepare(`INSERT INTO batches (source, actor, created_at, note) VALUES ('seed', 'seed', ?, ?) RETURNING id`).pluck();
  sqlite.exec(`CREATE TEMP TABLE seed_arrivals (unit_id INTEGER NOT NULL, report_date TEXT NOT NULL, batch_id INTEGER NOT NULL, PRIMARY KEY (unit_id, report_date)) WITHOUT ROWID`);
  const arrival = sqlite.prepare(`INSERT INTO seed_arrivals VALUES (?, ?, ?)`);
  try {
    for (const [unitId, date] of pairs) {
      const [edition, code] = provinceOf.get(unitId)!;
      const drawn = edition === '2025' ? arrivals.get(code)?.get(date) : undefined;
      const at = drawn && drawn.state !== 'missing' ? drawn.receivedAt : onTimeAt(date, (Number(code) * 0.618) % 1, now);
      const key = `${edition}:${code}:${at}`;
      let batch = batchAt.get(key);
      if (batch === undefined) {
        batch = newBatch.get(at, `Dữ liệu minh họa: báo cáo của ${code} / illustrative data: ${code}'s report`) as number;
        batchAt.set(key, batch);
      }
      arrival.run(unitId, date, batch);
    }
    sqlite.exec(`UPDATE observations SET batch_id = a.batch_id FROM seed_arrivals a WHERE a.unit_id = observations.unit_id AND a.report_date = observations.report_date`);
    sqlite.exec(`UPDATE batches SET row_count = (SELECT COUNT(*) FROM observations o WHERE o.batch_id = batches.id) WHERE id IN (SELECT batch_id FROM seed_arrivals)`);
  } finally {
    sqlite.exec(`DROP TABLE temp.seed_arrivals`);
  }
}
