// The one write path for reports: every figure enters in a batch (who, when, how), a value
// already there is corrected only if it differs (the trigger in migration 0001 keeps the old
// value in observation_audit), and the national totals are rebuilt in the same transaction.
import type { Store } from './store/types';
import { and, eq, max, sql } from 'drizzle-orm';
import { bumpDataVersion } from './store/cache';
import { prepared } from './store/prepared';
import { batches, observationAudit, observations } from './schema';
import { rebuildTotals } from './totals';
import { rolledUpProvinceRows } from './communes';

export interface BatchInfo {
  source: 'seed' | 'import' | 'api' | 'form' | 'script' | 'revert';
  actor: string;
  note?: string;
}

export interface ObservationInput {
  unitId: number;
  metricId: number;
  reportDate: string;
  value: number;
  /** Why a stored value is being changed; kept with the old value in the audit trail. */
  reason?: string | null;
}

export interface WriteResult {
  /** Null when nothing changed: writing the same figures again leaves no batch behind. */
  batchId: number | null;
  inserted: number;
  corrected: number;
  unchanged: number;
}

const ROLLED_UP = 'Tổng hợp từ các xã / rolled up from its communes';

export function writeObservations(
  store: Store,
  batch: BatchInfo,
  rows: readonly ObservationInput[],
  now: Date = new Date(),
): WriteResult {
  const { db, sqlite } = store;
  const p = sql.placeholder;
  const row = and(eq(observations.unitId, p('unit')), eq(observations.metricId, p('metric')), eq(observations.reportDate, p('date')));
  // Prepared once per store: the seed and large imports write tens of thousands of rows.
  const existing = prepared(store, 'observationValue', (d) => d.select({ value: observations.value }).from(observations).where(row).prepare());
  const insert = prepared(store, 'observationInsert', (d) =>
    d.insert(observations).values({ unitId: p('unit'), metricId: p('metric'), reportDate: p('date'), value: p('value'), batchId: p('batch') }).prepare());
  const correct = prepared(store, 'observationCorrect', (d) =>
    // The first writer is kept (COALESCE reads the row as it was): when a week was received never moves.
    d.update(observations).set({ value: sql`${p('value')}`, batchId: sql`${p('batch')}`, firstBatchId: sql`COALESCE(${observations.firstBatchId}, ${observations.batchId})` })
      .where(row).prepare());
  const auditInsert = prepared(store, 'observationAuditInsert', (d) =>
    d.insert(observationAudit).values({
      unitId: p('unit'), metricId: p('metric'), reportDate: p('date'), oldValue: null, newValue: p('value'), batchId: p('batch'),
      actor: p('actor'), changedAt: p('at'), reason: p('reason'), newBatchId: p('batch'),
    }).prepare());
  // The audit row the trigger just wrote carries the batch's note; a row's own reason wins.
  const setReason = prepared(store, 'observationAuditReason', (d) =>
    d.update(observationAudit).set({ reason: sql`${p('reason')}` })
      .where(eq(observationAudit.id, d.select({ id: max(observationAudit.id) }).from(observationAudit))).prepare());
  return sqlite.transaction((): WriteResult => {
    const { id: batchId } = db.insert(batches)
      .values({ source: batch.source, actor: batch.actor, createdAt: now.toISOString(), note: batch.note ?? null })
      .returning({ id: batches.id }).get();
    const result: WriteResult = { batchId, inserted: 0, corrected: 0, unchanged: 0 };
    const touched = new Set<number>();
    const written: ObservationInput[] = [];
    const apply = (r: ObservationInput, derived = false): void => {
      const key = { unit: r.unitId, metric: r.metricId, date: r.reportDate };
      const old = existing.get(key)?.value;
      if (old === undefined) {
        insert.run({ ...key, value: r.value, batch: batchId });
        // New figures are audited too (old value none), so a batch can be listed and undone;
        // the seed's tens of thousands of illustrative figures are not.
        if (batch.source !== 'seed') auditInsert.run({ ...key, value: r.value, batch: batchId, actor: batch.actor, at: now.toISOString(), reason: r.reason ?? batch.note ?? null });
        result.inserted++;
      } else if (old !== r.value) {
        correct.run({ ...key, value: r.value, batch: batchId });
        if (r.reason) setReason.run({ reason: r.reason });
        result.corrected++;
      } else {
        if (!derived) result.unchanged++; // a roll-up that stays as it was is not news
        return;
      }
      touched.add(r.metricId);
      written.push(r);
    };
    for (const r of rows) apply(r);
    // A province with commune-level figures shows their roll-up (lib/rollup.ts): written here,
    // in the same batch and transaction, so every read sees it and the audit says why.
    for (const r of rolledUpProvinceRows(sqlite, written)) apply({ ...r, reason: ROLLED_UP }, true);
    if (touched.size === 0) {
      db.delete(batches).where(eq(batches.id, batchId)).run();
      return { ...result, batchId: null };
    }
    db.update(batches).set({ rowCount: result.inserted + result.corrected }).where(eq(batches.id, batchId)).run();
    rebuildTotals(store, [...touched]);
    bumpDataVersion(store);
    return result;
  })();
}
