// The audit trail: every change of a figure (who, when, old, new, batch) and of a target, the
// batches that wrote them, and reverting a whole batch, itself recorded as a batch.
import type { Store } from './client';
import { bumpDataVersion } from './cache';
import { durableWrite } from './durable';
import { rebuildTotals } from './totals';
import { revertRefusal, type BatchChanges } from '@/lib/revert';
import type { ActorFields } from '@/lib/actor-label';

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

export interface BatchRow extends BatchChanges {
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
    .prepare(
      `SELECT b.id, b.source, b.actor, b.created_at AS createdAt, b.note, b.row_count AS rowCount, ${ACTOR_COLUMNS('b.actor')},
         (SELECT COUNT(*) FROM observation_audit a WHERE a.batch_id = b.id) AS figureChanges,
         (SELECT COUNT(*) FROM target_audit t WHERE t.batch_id = b.id) AS targetChanges
       FROM batches b ORDER BY b.id DESC LIMIT ?`,
    )
    .all(limit) as BatchRow[];
}

/** A target as the audit trail keeps it (JSON in target_audit). */
export interface TargetValues {
  baselineValue: number;
  dueDate: string;
  targetValue: number;
  note: string | null;
}

export interface TargetAuditRow extends ActorFields {
  id: number;
  edition: string;
  unit: string;
  unitName: string;
  metric: string;
  baselineDate: string;
  oldTarget: TargetValues | null;
  newTarget: TargetValues;
  batchId: number;
  changedAt: string;
}

/** Every addition or change of a target, newest first, with the same filters as the figures' trail. */
export function listTargetAudit(store: Store, filter: AuditFilter = {}, limit = 50, offset = 0): TargetAuditRow[] {
  const rows = store.sqlite
    .prepare(
      `SELECT t.id, u.edition, u.code AS unit, u.name_vi AS unitName, m.key AS metric, t.baseline_date AS baselineDate,
         t.old_target AS oldTarget, t.new_target AS newTarget, t.batch_id AS batchId, t.actor, t.changed_at AS changedAt,
         ${ACTOR_COLUMNS('t.actor')}
       FROM target_audit t JOIN units u ON u.id = t.unit_id JOIN metrics m ON m.id = t.metric_id
       WHERE (@unit IS NULL OR u.code = @unit) AND (@metric IS NULL OR m.key = @metric)
         AND (@actor IS NULL OR t.actor = @actor) AND (@edition IS NULL OR u.edition = @edition)
       ORDER BY t.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ unit: filter.unit ?? null, metric: filter.metric ?? null, actor: filter.actor ?? null, edition: filter.edition ?? null, limit, offset }) as (Omit<TargetAuditRow, 'oldTarget' | 'newTarget'> & { oldTarget: string | null; newTarget: string })[];
  return rows.map((r) => ({ ...r, oldTarget: r.oldTarget === null ? null : (JSON.parse(r.oldTarget) as TargetValues), newTarget: JSON.parse(r.newTarget) as TargetValues }));
}

export class RevertError extends Error {}

interface Change {
  id: number;
  unit_id: number;
  metric_id: number;
  report_date: string;
  old_value: number | null;
  old_batch: number | null;
  new_value: number | null;
  new_batch: number | null;
  now_value: number | null;
  now_batch: number | null;
  later_batch: number | null;
}

/**
 * Undoes a batch: every figure it added, corrected or removed goes back to what it was, credited
 * to the batch that had written it (its writer is kept; rows the batch did not touch are left
 * alone). Refused when a later batch changed any of them (revert that one first), so a revert
 * never throws away someone else's work. The revert is a batch of its own, and audited, so a
 * revert of a revert puts back what the first one undid, removed figures included.
 */
export function revertBatch(store: Store, batchId: number, actor: string, now = new Date()): { restored: number; removed: number; revertBatchId: number } {
  const { sqlite } = store;
  return durableWrite(store, () => {
    const batch = sqlite
      .prepare(
        `SELECT source, (SELECT COUNT(*) FROM observation_audit WHERE batch_id = @id) AS figureChanges,
           (SELECT COUNT(*) FROM target_audit WHERE batch_id = @id) AS targetChanges FROM batches WHERE id = @id`,
      )
      .get({ id: batchId }) as BatchChanges | undefined;
    if (!batch) throw new RevertError(`Không có lô ${batchId}. / No batch ${batchId}.`);
    const refusal = revertRefusal(batch);
    if (refusal) throw new RevertError(refusal);
    // Each change of the batch, the row as it is now, and the last audited change of that row.
    // Audit rows written before migration 0004 have no batch columns: the row was then credited
    // to the batch that made the change.
    const changes = sqlite
      .prepare(
        `SELECT a.id, a.unit_id, a.metric_id, a.report_date, a.old_value, a.old_batch_id AS old_batch, a.new_value,
           CASE WHEN a.new_value IS NULL THEN NULL ELSE COALESCE(a.new_batch_id, a.batch_id) END AS new_batch,
           o.value AS now_value, o.batch_id AS now_batch,
           (SELECT l.batch_id FROM observation_audit l WHERE l.unit_id = a.unit_id AND l.metric_id = a.metric_id
              AND l.report_date = a.report_date AND l.id > a.id ORDER BY l.id DESC LIMIT 1) AS later_batch
         FROM observation_audit a LEFT JOIN observations o
           ON o.unit_id = a.unit_id AND o.metric_id = a.metric_id AND o.report_date = a.report_date
         WHERE a.batch_id = ? ORDER BY a.id`,
      )
      .all(batchId) as Change[];
    // A row is as the batch left it when it holds the batch's value credited to the same batch;
    // a later change that was itself reverted gave it back, and does not stand in the way.
    const later = new Set<string>();
    for (const c of changes) {
      if (c.now_value !== c.new_value || c.now_batch !== c.new_batch) later.add(String(c.later_batch ?? c.now_batch ?? 'a removal'));
    }
    if (later.size > 0) throw new RevertError(`Lô ${batchId} đã bị lô ${[...later].join(', ')} thay đổi sau đó: hoàn tác lô đó trước. / Batch ${batchId} was changed since by batch ${[...later].join(', ')}: revert that first.`);

    const revertBatchId = sqlite
      .prepare(`INSERT INTO batches (source, actor, created_at, note) VALUES ('revert', ?, ?, ?) RETURNING id`)
      .pluck()
      .get(actor, now.toISOString(), `Hoàn tác lô ${batchId} / revert of batch ${batchId}`) as number;
    // Deleted and written again rather than updated, so that the correction trigger (which credits
    // the change to the row's batch) does not fire: the change is audited here, by the revert.
    const remove = sqlite.prepare(`DELETE FROM observations WHERE unit_id = ? AND metric_id = ? AND report_date = ?`);
    const insert = sqlite.prepare(`INSERT INTO observations (unit_id, metric_id, report_date, value, batch_id) VALUES (?, ?, ?, ?, ?)`);
    const audit = sqlite.prepare(
      `INSERT INTO observation_audit (unit_id, metric_id, report_date, old_value, new_value, batch_id, actor, changed_at, reason, old_batch_id, new_batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let restored = 0;
    let removed = 0;
    const metrics = new Set<number>();
    for (const c of changes) {
      metrics.add(c.metric_id);
      remove.run(c.unit_id, c.metric_id, c.report_date);
      // Before 0004 the writer of the old value was not kept: the revert is then credited with it.
      const writer = c.old_value === null ? null : (c.old_batch ?? revertBatchId);
      if (c.old_value !== null) insert.run(c.unit_id, c.metric_id, c.report_date, c.old_value, writer);
      audit.run(c.unit_id, c.metric_id, c.report_date, c.now_value, c.old_value, revertBatchId, actor, now.toISOString(), `revert of batch ${batchId}`, c.now_batch, writer);
      if (c.old_value === null) removed++;
      else restored++;
    }
    sqlite.prepare(`UPDATE batches SET row_count = ? WHERE id = ?`).run(restored + removed, revertBatchId);
    if (metrics.size > 0) rebuildTotals(sqlite, [...metrics]);
    bumpDataVersion(sqlite);
    return { restored, removed, revertBatchId };
  });
}
