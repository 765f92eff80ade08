// Setting targets (administrators): checked by lib/import/target-rules.ts, written in one transaction
// as one batch, each addition or change recorded in target_audit with its old and new values.
import { and, eq } from 'drizzle-orm';
import type { Store } from './store/types';
import { bumpDataVersion } from './store/cache';
import { durableWrite } from './store/durable';
import { unitDirectory } from './import';
import { batches, targetAudit, targets } from './schema';
import { metricByKey } from '@/lib/metrics';
import type { MoreProblems } from '@/lib/limits';
import { validateTargets, type TargetProblem, type TargetRowInput } from '@/lib/import/target-rules';

export function setTargets(store: Store, rows: readonly TargetRowInput[], actor: string, options: { dryRun?: boolean; now?: Date } = {}): { problems: TargetProblem[]; more: MoreProblems | null; added: number; changed: number; batchId: number | null } {
  const now = (options.now ?? new Date()).toISOString();
  const { facts: units, ids } = unitDirectory(store);
  const { valid, problems, more } = validateTargets(rows, units);
  if (problems.length || options.dryRun) return { problems, more, added: 0, changed: 0, batchId: null };
  const { db } = store;
  return durableWrite(store, () => {
    const { id: batchId } = db.insert(batches).values({ source: 'import', actor, createdAt: now, note: 'chỉ tiêu / targets' }).returning({ id: batches.id }).get();
    const audit = (row: Omit<typeof targetAudit.$inferInsert, 'batchId' | 'actor' | 'changedAt'>) =>
      db.insert(targetAudit).values({ ...row, batchId, actor, changedAt: now }).run();
    let added = 0;
    let changed = 0;
    for (const t of valid) {
      const unitId = ids.get(`${t.edition}:${t.unit}`)!;
      const metricId = metricByKey(t.metric).id;
      const next = { baselineValue: t.baselineValue, dueDate: t.dueDate, targetValue: t.targetValue, note: t.note };
      const old = db
        .select({ id: targets.id, baselineValue: targets.baselineValue, dueDate: targets.dueDate, targetValue: targets.targetValue, note: targets.note })
        .from(targets)
        .where(and(eq(targets.unitId, unitId), eq(targets.metricId, metricId), eq(targets.baselineDate, t.baselineDate)))
        .get();
      if (!old) {
        db.insert(targets).values({ unitId, metricId, baselineDate: t.baselineDate, ...next, illustrative: false, batchId }).run();
        audit({ unitId, metricId, baselineDate: t.baselineDate, oldTarget: null, newTarget: JSON.stringify(next) });
        added++;
      } else {
        const before = { baselineValue: old.baselineValue, dueDate: old.dueDate, targetValue: old.targetValue, note: old.note };
        if (JSON.stringify(before) === JSON.stringify(next)) continue;
        db.update(targets).set({ ...next, illustrative: false, batchId }).where(eq(targets.id, old.id)).run();
        audit({ unitId, metricId, baselineDate: t.baselineDate, oldTarget: JSON.stringify(before), newTarget: JSON.stringify(next) });
        changed++;
      }
    }
    if (added + changed === 0) {
      db.delete(batches).where(eq(batches.id, batchId)).run();
      return { problems, more, added, changed, batchId: null };
    }
    db.update(batches).set({ rowCount: added + changed }).where(eq(batches.id, batchId)).run();
    bumpDataVersion(store);
    return { problems, more, added, changed, batchId };
  });
}
