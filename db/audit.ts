// The audit trail: every change of a figure (who, when, old, new, batch) and of a target, the
// batches that wrote them, and reverting a whole batch, itself recorded as a batch.
import { aliasedTable, and, desc, eq, getTableName, gt, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Store } from './store/types';
import { bumpDataVersion } from './store/cache';
import { durableWrite } from './store/durable';
import { batches, metrics, observationAudit, observations, targetAudit, units, userUnits, users } from './schema';
import { rebuildTotals } from './totals';
import { revertRefusal } from '@/lib/audit/revert';

/** "table"."column": drizzle leaves a column unqualified in a one-table query, which a subquery's join would make ambiguous. */
const q = (c: AnySQLiteColumn) => sql`${sql.identifier(getTableName(c.table))}.${sql.identifier(c.name)}`;

/** The role and units ("79, 2024:74") of the account an `actor` column names, for showing who without an e-mail. */
function actorColumns(actor: AnySQLiteColumn) {
  // The subquery's own units (its FROM is searched first), not the outer query's.
  const u = units;
  const label = sql`CASE WHEN ${q(u.edition)} = '2025' THEN ${q(u.code)} ELSE ${q(u.edition)} || ':' || ${q(u.code)} END`;
  return {
    actorRole: sql<string | null>`(SELECT ${q(users.role)} FROM ${users} WHERE ${q(users.email)} = ${q(actor)})`,
    // group_concat over an ordered subquery: drizzle's builder has no ordered aggregate.
    actorUnits: sql<string | null>`(SELECT group_concat(c, ', ') FROM (
      SELECT ${label} AS c FROM ${users} JOIN ${userUnits} ON ${q(userUnits.userId)} = ${q(users.id)} JOIN ${u} ON ${q(u.id)} = ${q(userUnits.unitId)}
      WHERE ${q(users.email)} = ${q(actor)} ORDER BY ${q(u.edition)} DESC, ${q(u.code)}))`,
  };
}

export interface AuditFilter {
  unit?: string;
  metric?: string;
  actor?: string;
  edition?: string;
}

/** The filters every trail shares, against its own actor column. */
const filtered = (filter: AuditFilter, actor: AnySQLiteColumn): SQL | undefined =>
  and(
    filter.unit === undefined ? undefined : eq(units.code, filter.unit),
    filter.metric === undefined ? undefined : eq(metrics.key, filter.metric),
    filter.actor === undefined ? undefined : eq(actor, filter.actor),
    filter.edition === undefined ? undefined : eq(units.edition, filter.edition as '2024' | '2025'),
  );

export function listAudit(store: Store, filter: AuditFilter = {}, limit = 50, offset = 0) {
  const a = observationAudit;
  return store.db
    .select({
      id: a.id, edition: units.edition, unit: units.code, unitName: units.nameVi, metric: metrics.key, reportDate: a.reportDate,
      oldValue: a.oldValue, newValue: a.newValue, batchId: a.batchId, actor: a.actor, changedAt: a.changedAt, reason: a.reason,
      ...actorColumns(a.actor),
    })
    .from(a)
    .innerJoin(units, eq(units.id, a.unitId))
    .innerJoin(metrics, eq(metrics.id, a.metricId))
    .where(filtered(filter, a.actor))
    .orderBy(desc(a.id))
    .limit(limit)
    .offset(offset)
    .all();
}

export type AuditRow = ReturnType<typeof listAudit>[number];

const changesOf = (batchId: AnySQLiteColumn | number) => {
  const batch = typeof batchId === 'number' ? sql`${batchId}` : q(batchId);
  return {
    figureChanges: sql<number>`(SELECT COUNT(*) FROM ${observationAudit} WHERE ${q(observationAudit.batchId)} = ${batch})`,
    targetChanges: sql<number>`(SELECT COUNT(*) FROM ${targetAudit} WHERE ${q(targetAudit.batchId)} = ${batch})`,
  };
};

export function listBatches(store: Store, limit = 50) {
  const b = batches;
  return store.db
    .select({
      id: b.id, source: b.source, actor: b.actor, createdAt: b.createdAt, note: b.note, rowCount: b.rowCount,
      ...actorColumns(b.actor), ...changesOf(b.id),
    })
    .from(b)
    .orderBy(desc(b.id))
    .limit(limit)
    .all();
}

export type BatchRow = ReturnType<typeof listBatches>[number];

/** A target as the audit trail keeps it (JSON in target_audit). */
export interface TargetValues {
  baselineValue: number;
  dueDate: string;
  targetValue: number;
  note: string | null;
}

/** Every addition or change of a target, newest first, with the same filters as the figures' trail. */
export function listTargetAudit(store: Store, filter: AuditFilter = {}, limit = 50, offset = 0) {
  const t = targetAudit;
  const rows = store.db
    .select({
      id: t.id, edition: units.edition, unit: units.code, unitName: units.nameVi, metric: metrics.key, baselineDate: t.baselineDate,
      oldTarget: t.oldTarget, newTarget: t.newTarget, batchId: t.batchId, actor: t.actor, changedAt: t.changedAt,
      ...actorColumns(t.actor),
    })
    .from(t)
    .innerJoin(units, eq(units.id, t.unitId))
    .innerJoin(metrics, eq(metrics.id, t.metricId))
    .where(filtered(filter, t.actor))
    .orderBy(desc(t.id))
    .limit(limit)
    .offset(offset)
    .all();
  return rows.map((r) => ({ ...r, oldTarget: r.oldTarget === null ? null : (JSON.parse(r.oldTarget) as TargetValues), newTarget: JSON.parse(r.newTarget) as TargetValues }));
}

export type TargetAuditRow = ReturnType<typeof listTargetAudit>[number];

export class RevertError extends Error {}

/**
 * Undoes a batch: every figure it added, corrected or removed goes back to what it was, credited
 * to the batch that had written it (its writer is kept; rows the batch did not touch are left
 * alone). Refused when a later batch changed any of them (revert that one first), so a revert
 * never throws away someone else's work. The revert is a batch of its own, and audited, so a
 * revert of a revert puts back what the first one undid, removed figures included.
 */
export function revertBatch(store: Store, batchId: number, actor: string, now = new Date()): { restored: number; removed: number; revertBatchId: number } {
  const { db } = store;
  return durableWrite(store, () => {
    const batch = db.select({ source: batches.source, ...changesOf(batchId) }).from(batches).where(eq(batches.id, batchId)).get();
    if (!batch) throw new RevertError(`Không có lô ${batchId}. / No batch ${batchId}.`);
    const refusal = revertRefusal(batch);
    if (refusal) throw new RevertError(refusal);
    // Each change of the batch, the row as it is now, and the last audited change of that row.
    // Audit rows written before migration 0004 have no batch columns: the row was then credited
    // to the batch that made the change.
    const a = observationAudit;
    const l = aliasedTable(observationAudit, 'later');
    const o = observations;
    const changes = db
      .select({
        unitId: a.unitId, metricId: a.metricId, reportDate: a.reportDate, oldValue: a.oldValue, oldBatch: a.oldBatchId, newValue: a.newValue,
        newBatch: sql<number | null>`CASE WHEN ${a.newValue} IS NULL THEN NULL ELSE COALESCE(${a.newBatchId}, ${a.batchId}) END`,
        nowValue: o.value, nowBatch: o.batchId, nowFirst: o.firstBatchId,
        laterBatch: sql<number | null>`(${db.select({ batchId: l.batchId }).from(l)
          .where(and(eq(l.unitId, q(a.unitId)), eq(l.metricId, q(a.metricId)), eq(l.reportDate, q(a.reportDate)), gt(l.id, q(a.id))))
          .orderBy(desc(l.id)).limit(1)})`,
      })
      .from(a)
      .leftJoin(o, and(eq(o.unitId, a.unitId), eq(o.metricId, a.metricId), eq(o.reportDate, a.reportDate)))
      .where(eq(a.batchId, batchId))
      .orderBy(a.id)
      .all();
    // A row is as the batch left it when it holds the batch's value credited to the same batch;
    // a later change that was itself reverted gave it back, and does not stand in the way.
    const later = new Set<string>();
    for (const c of changes) {
      if (c.nowValue !== c.newValue || c.nowBatch !== c.newBatch) later.add(String(c.laterBatch ?? c.nowBatch ?? 'a removal'));
    }
    if (later.size > 0) throw new RevertError(`Lô ${batchId} đã bị lô ${[...later].join(', ')} thay đổi sau đó: hoàn tác lô đó trước. / Batch ${batchId} was changed since by batch ${[...later].join(', ')}: revert that first.`);

    const { id: revertBatchId } = db.insert(batches)
      .values({ source: 'revert', actor, createdAt: now.toISOString(), note: `Hoàn tác lô ${batchId} / revert of batch ${batchId}` })
      .returning({ id: batches.id }).get();
    let restored = 0;
    let removed = 0;
    const touched = new Set<number>();
    for (const c of changes) {
      touched.add(c.metricId);
      // Deleted and written again rather than updated, so that the correction trigger (which credits
      // the change to the row's batch) does not fire: the change is audited here, by the revert.
      db.delete(o).where(and(eq(o.unitId, c.unitId), eq(o.metricId, c.metricId), eq(o.reportDate, c.reportDate))).run();
      // Before 0004 the writer of the old value was not kept: the revert is then credited with it.
      const writer = c.oldValue === null ? null : (c.oldBatch ?? revertBatchId);
      // The figure keeps when it was first received (lib/reporting): a revert does not make a week late.
      const first = c.nowFirst ?? c.nowBatch;
      if (c.oldValue !== null) {
        db.insert(o).values({
          unitId: c.unitId, metricId: c.metricId, reportDate: c.reportDate, value: c.oldValue, batchId: writer!,
          firstBatchId: first === null || first === writer ? null : first,
        }).run();
      }
      db.insert(a).values({
        unitId: c.unitId, metricId: c.metricId, reportDate: c.reportDate, oldValue: c.nowValue, newValue: c.oldValue, batchId: revertBatchId,
        actor, changedAt: now.toISOString(), reason: `revert of batch ${batchId}`, oldBatchId: c.nowBatch, newBatchId: writer,
      }).run();
      if (c.oldValue === null) removed++;
      else restored++;
    }
    db.update(batches).set({ rowCount: restored + removed }).where(eq(batches.id, revertBatchId)).run();
    if (touched.size > 0) rebuildTotals(store, [...touched]);
    bumpDataVersion(store);
    return { restored, removed, revertBatchId };
  });
}
