// The one write path for reports: every figure enters in a batch (who, when, how), a value
// already there is corrected only if it differs (the trigger in migration 0001 keeps the old
// value in observation_audit), and the national totals are rebuilt in the same transaction.
import type { Store } from './client';
import { bumpDataVersion } from './cache';
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
  const { sqlite } = store;
  return sqlite.transaction((): WriteResult => {
    const batchId = sqlite
      .prepare(`INSERT INTO batches (source, actor, created_at, note) VALUES (?, ?, ?, ?) RETURNING id`)
      .pluck()
      .get(batch.source, batch.actor, now.toISOString(), batch.note ?? null) as number;
    const existing = sqlite
      .prepare(`SELECT value FROM observations WHERE unit_id = ? AND metric_id = ? AND report_date = ?`)
      .pluck();
    const insert = sqlite.prepare(
      `INSERT INTO observations (unit_id, metric_id, report_date, value, batch_id) VALUES (?, ?, ?, ?, ?)`,
    );
    const correct = sqlite.prepare(
      `UPDATE observations SET value = ?, batch_id = ? WHERE unit_id = ? AND metric_id = ? AND report_date = ?`,
    );
    const auditInsert = sqlite.prepare(
      `INSERT INTO observation_audit (unit_id, metric_id, report_date, old_value, new_value, batch_id, actor, changed_at, reason, new_batch_id)
       VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
    );
    // The audit row the trigger just wrote carries the batch's note; a row's own reason wins.
    const setReason = sqlite.prepare(`UPDATE observation_audit SET reason = ? WHERE id = (SELECT MAX(id) FROM observation_audit)`);
    const result: WriteResult = { batchId, inserted: 0, corrected: 0, unchanged: 0 };
    const touched = new Set<number>();
    const written: ObservationInput[] = [];
    const apply = (r: ObservationInput, derived = false): void => {
      const old = existing.get(r.unitId, r.metricId, r.reportDate) as number | undefined;
      if (old === undefined) {
        insert.run(r.unitId, r.metricId, r.reportDate, r.value, batchId);
        // New figures are audited too (old value none), so a batch can be listed and undone;
        // the seed's tens of thousands of illustrative figures are not.
        if (batch.source !== 'seed') auditInsert.run(r.unitId, r.metricId, r.reportDate, r.value, batchId, batch.actor, now.toISOString(), r.reason ?? batch.note ?? null, batchId);
        result.inserted++;
      } else if (old !== r.value) {
        correct.run(r.value, batchId, r.unitId, r.metricId, r.reportDate);
        if (r.reason) setReason.run(r.reason);
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
      sqlite.prepare(`DELETE FROM batches WHERE id = ?`).run(batchId);
      return { ...result, batchId: null };
    }
    sqlite.prepare(`UPDATE batches SET row_count = ? WHERE id = ?`).run(result.inserted + result.corrected, batchId);
    rebuildTotals(sqlite, [...touched]);
    bumpDataVersion(sqlite);
    return result;
  })();
}
