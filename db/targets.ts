// Setting targets (administrators): checked by lib/target-rules.ts, written in one transaction
// as one batch, each addition or change recorded in target_audit with its old and new values.
import type { Store } from './client';
import { bumpDataVersion } from './cache';
import { durableWrite } from './durable';
import { unitDirectory } from './import';
import { metricByKey } from '@/lib/metrics';
import type { MoreProblems } from '@/lib/limits';
import { validateTargets, type TargetProblem, type TargetRowInput } from '@/lib/target-rules';

export function setTargets(store: Store, rows: readonly TargetRowInput[], actor: string, options: { dryRun?: boolean; now?: Date } = {}): { problems: TargetProblem[]; more: MoreProblems | null; added: number; changed: number; batchId: number | null } {
  const now = (options.now ?? new Date()).toISOString();
  const { facts: units, ids } = unitDirectory(store);
  const { valid, problems, more } = validateTargets(rows, units);
  if (problems.length || options.dryRun) return { problems, more, added: 0, changed: 0, batchId: null };
  const { sqlite } = store;
  return durableWrite(store, () => {
    const batchId = sqlite.prepare(`INSERT INTO batches (source, actor, created_at, note) VALUES ('import', ?, ?, 'chỉ tiêu / targets') RETURNING id`).pluck().get(actor, now) as number;
    const existing = sqlite.prepare(`SELECT id, baseline_value, due_date, target_value, note FROM targets WHERE unit_id = ? AND metric_id = ? AND baseline_date = ?`);
    const insert = sqlite.prepare(`INSERT INTO targets (unit_id, metric_id, baseline_date, baseline_value, due_date, target_value, note, illustrative, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)`);
    const update = sqlite.prepare(`UPDATE targets SET baseline_value = ?, due_date = ?, target_value = ?, note = ?, illustrative = 0, batch_id = ? WHERE id = ?`);
    const audit = sqlite.prepare(`INSERT INTO target_audit (unit_id, metric_id, baseline_date, old_target, new_target, batch_id, actor, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    let added = 0;
    let changed = 0;
    for (const t of valid) {
      const unitId = ids.get(`${t.edition}:${t.unit}`)!;
      const metricId = metricByKey(t.metric).id;
      const next = { baselineValue: t.baselineValue, dueDate: t.dueDate, targetValue: t.targetValue, note: t.note };
      const old = existing.get(unitId, metricId, t.baselineDate) as { id: number; baseline_value: number; due_date: string; target_value: number; note: string | null } | undefined;
      if (!old) {
        insert.run(unitId, metricId, t.baselineDate, t.baselineValue, t.dueDate, t.targetValue, t.note, batchId);
        audit.run(unitId, metricId, t.baselineDate, null, JSON.stringify(next), batchId, actor, now);
        added++;
      } else {
        const before = { baselineValue: old.baseline_value, dueDate: old.due_date, targetValue: old.target_value, note: old.note };
        if (JSON.stringify(before) === JSON.stringify(next)) continue;
        update.run(t.baselineValue, t.dueDate, t.targetValue, t.note, batchId, old.id);
        audit.run(unitId, metricId, t.baselineDate, JSON.stringify(before), JSON.stringify(next), batchId, actor, now);
        changed++;
      }
    }
    if (added + changed === 0) {
      sqlite.prepare(`DELETE FROM batches WHERE id = ?`).run(batchId);
      return { problems, more, added, changed, batchId: null };
    }
    sqlite.prepare(`UPDATE batches SET row_count = ? WHERE id = ?`).run(added + changed, batchId);
    bumpDataVersion(sqlite);
    return { problems, more, added, changed, batchId };
  });
}
