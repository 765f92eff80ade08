'use server';
import { currentUser } from '../../session';
import { getStore } from '@/db/store/client';
import { StoreUnavailableError } from '@/db/store/durable';
import { setTargets } from '@/db/targets';
import { isLocale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { METRIC_KEYS } from '@/lib/metrics';
import type { TargetProblem } from '@/lib/import/target-rules';
import { maySetTargets } from '@/lib/security/permissions';

export interface TargetsState {
  problems: TargetProblem[];
  result: { added: number; changed: number } | null;
  denied: boolean;
  /** Why the store refused the write (read-only, missing, moved): nothing was written. */
  unavailable?: { vi: string; en: string } | null;
  /** What was saved, in the language of the form's `lang`. */
  savedText?: string;
}

/** Administrators only: the same checks and audit as `npm run targets`. */
export async function targetsAction(_: TargetsState, form: FormData): Promise<TargetsState> {
  const user = await currentUser();
  if (!maySetTargets(user)) return { problems: [], result: null, denied: true };
  const unit = String(form.get('unit') ?? '');
  const rows = METRIC_KEYS.flatMap((metric, i) =>
    form.has(`target:${metric}`)
      ? [{
          row: i + 1,
          unit,
          metric,
          baselineDate: String(form.get(`baselineDate:${metric}`) ?? ''),
          baselineValue: String(form.get(`baselineValue:${metric}`) ?? ''),
          dueDate: String(form.get(`dueDate:${metric}`) ?? ''),
          targetValue: String(form.get(`target:${metric}`) ?? ''),
          note: String(form.get(`note:${metric}`) ?? ''),
        }]
      : [],
  );
  let outcome;
  try {
    outcome = setTargets(getStore(), rows, user.email);
  } catch (e) {
    if (e instanceof StoreUnavailableError) return { problems: [], result: null, denied: false, unavailable: e.text };
    throw e;
  }
  if (outcome.problems.length) return { problems: outcome.problems, result: null, denied: false };
  const lang = String(form.get('lang') ?? '');
  const savedText = translator(isLocale(lang) ? lang : 'vi', 'TargetsForm')('saved', { added: outcome.added, changed: outcome.changed });
  return { problems: [], result: { added: outcome.added, changed: outcome.changed }, denied: false, savedText };
}
