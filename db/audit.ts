// The audit trail: every correction or removal of a figure (who, when, old, new, batch), the
// batches that wrote figures, and reverting a whole batch, itself recorded as a batch.
import type { Store } from './client';
import { bumpDataVersion } from './cache';
import { rebuildTotals } from './totals';

export interface AuditRow {
  id: number;
  edition: string;
  unit: string;
  unitName: string;
  metric: string;
  reportDate: string;
  oldValue: number | null;
  newValue: number | null;
  batchId: number;
  actor: string;
  /** The role and units of the actor's account (null when the actor is no account: "seed", "command line"). */
  actorRole: string | null;
  actorUnits: string | null;
  changedAt: string;
  reason: string | null;
}

/** The role and units ("79, 2024:74") of the account an `actor` column names, for showing who without an e-mail. */
const ACTOR_COLUMNS = (actor: string) => `
  (SELECT us.role FROM users us WHERE us.email = ${actor}) AS actorRole,
  (SELECT group_concat(c, ', ') FROM (
     SELECT CASE WHEN un.edition = '2025' THEN un.code ELSE un.edition || ':' || un.code END AS c
     FROM users us JOIN user_units uu ON uu.user_id = us.id JOIN units un ON un.id = uu.unit_id
     WHERE us.email = ${actor} ORDER BY un.edition DESC, un.code)) AS actorUnits`;

export interface AuditFilter {
  unit?: string;
  metric?: string;
  actor?: string;
  edition?: string;
}

export function listAudit(store: Store, filter: AuditFilter = {}, limit = 50, offset = 0): AuditRow[] {
  return store.sqlite
    .prepare(
      `SELECT a.id, u.edition, u.code AS unit, u.name_vi AS unitName, m.key AS metric, a.report_date AS reportDate,
         a.old_value AS oldValue, a.new_value AS newValue, a.batch_id AS batchId, a.actor, a.changed_at AS changedAt, a.reason,
         ${ACTOR_COLUMNS('a.actor')}
       FROM observation_audit a JOIN units u ON u.id = a.unit_id JOIN metrics m ON m.id = a.metric_id
       WHERE (@unit IS NULL OR u.code = @unit) AND (@metric IS NULL OR m.key = @metric)
         AND (@actor IS NULL OR a.actor = @actor) AND (@edition IS NULL OR u.edition = @edition)
       ORDER BY a.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ unit: filter.unit ?? null, metric: filter.metric ?? null, actor: filter.actor ?? null, edition: filter.edition ?? null, limit, offset }) as AuditRow[];
}

export interface BatchRow {
  id: number;
  source: string;
  actor: string;
  actorRole: string | null;
  actorUnits: string | null;
  createdAt: string;
  note: string | null;
  rowCount: number;
}

export function listBatches(store: Store, limit = 50): BatchRow[] {
  return store.sqlite
    .prepare(`SELECT b.id, b.source, b.actor, b.created_at AS createdAt, b.note, b.row_count AS rowCount, ${ACTOR_COLUMNS('b.actor')}
              FROM batches b ORDER BY b.id DESC LIMIT ?`)
    .all(limit) as BatchRow[];
}

export class RevertError extends Error {}

/**
 * Undoes a batch: figures it corrected get their old value back, figures it added are removed.
 * Refused when a later batch changed any of them (revert that one first), so a revert never
 * throws away someone else's work. The revert is a batch of its own, and audited.
 */
export function revertBatch(store: Store, batchId: number, actor: string, now = new Date()): { restored: number; removed: number; revertBatchId: number } {
  const { sqlite } = store;
  return sqlite.transaction(() => {
    const batch = sqlite.prepare(`SELECT id, source FROM batches WHERE id = ?`).get(batchId) as { id: number; source: string } | undefined;
    if (!batch) throw new RevertError(`no batch ${batchId}`);
    if (batch.source === 'seed') throw new RevertError('the illustrative seed is not reverted: reseed the store instead');
    // What the batch wrote: every figure it added or changed has an audit row of the batch.
    const written = sqlite
      .prepare(
        `SELECT a.unit_id, a.metric_id, a.report_date, a.old_value, o.value, o.batch_id AS now_batch
         FROM observation_audit a LEFT JOIN observations o
           ON o.unit_id = a.unit_id AND o.metric_id = a.metric_id AND o.report_date = a.report_date
         WHERE a.batch_id = ? AND a.new_value IS NOT NULL ORDER BY a.id`,
      )
      .all(batchId) as { unit_id: number; metric_id: number; report_date: string; old_value: number | null; value: number | null; now_batch: number | null }[];
    const later = [...new Set(written.filter((w) => w.now_batch !== batchId).map((w) => w.now_batch ?? 'a removal'))];
    if (later.length > 0) throw new RevertError(`batch ${batchId} was changed since by batch ${later.join(', ')}: revert that first`);
    if (written.length === 0) throw new RevertError(`batch ${batchId} has nothing left to revert`);

    const revertBatchId = sqlite
      .prepare(`INSERT INTO batches (source, actor, created_at, note) VALUES ('revert', ?, ?, ?) RETURNING id`)
      .pluck()
      .get(actor, now.toISOString(), `Hoàn tác lô ${batchId} / revert of batch ${batchId}`) as number;
    const restore = sqlite.prepare(`UPDATE observations SET value = ?, batch_id = ? WHERE unit_id = ? AND metric_id = ? AND report_date = ?`);
    const remove = sqlite.prepare(`DELETE FROM observations WHERE unit_id = ? AND metric_id = ? AND report_date = ?`);
    const audit = sqlite.prepare(
      `INSERT INTO observation_audit (unit_id, metric_id, report_date, old_value, new_value, batch_id, actor, changed_at, reason)
       VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
    );
    let restored = 0;
    let removed = 0;
    const metrics = new Set<number>();
    for (const row of written) {
      metrics.add(row.metric_id);
      if (row.old_value !== null) {
        restore.run(row.old_value, revertBatchId, row.unit_id, row.metric_id, row.report_date);
        restored++;
      } else {
        remove.run(row.unit_id, row.metric_id, row.report_date);
        audit.run(row.unit_id, row.metric_id, row.report_date, row.value, revertBatchId, actor, now.toISOString(), `revert of batch ${batchId}`);
        removed++;
      }
    }
    sqlite.prepare(`UPDATE batches SET row_count = ? WHERE id = ?`).run(restored + removed, revertBatchId);
    if (metrics.size > 0) rebuildTotals(sqlite, [...metrics]);
    bumpDataVersion(sqlite);
    return { restored, removed, revertBatchId };
  }).immediate();
}
