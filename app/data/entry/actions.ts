'use server';
import { revalidatePath } from 'next/cache';
import { currentUser } from '../../session';
import { getStore } from '@/db/store/client';
import { StoreUnavailableError } from '@/db/store/durable';
import { importObservations } from '@/db/import';
import { vietnamDate } from '@/lib/dates';
import { isLocale } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { METRIC_KEYS } from '@/lib/metrics';
import type { RowProblem } from '@/lib/import/observation-rules';

export interface EntryState {
  problems: RowProblem[];
  written: { batchId: number | null; inserted: number; corrected: number; unchanged: number } | null;
  denied: boolean;
  /** Why the store refused the write (read-only, missing, moved): nothing was written. */
  unavailable?: { vi: string; en: string } | null;
  /** What was written, in the language of the form's `lang`. */
  writtenText?: string;
}

/** The form's figures go through the same validator and write path as files and the API. */
export async function entryAction(_: EntryState, form: FormData): Promise<EntryState> {
  const user = await currentUser();
  if (!user || user.role === 'viewer') return { problems: [], written: null, denied: true };
  const unit = String(form.get('unit') ?? '');
  const date = String(form.get('date') ?? '');
  const rows = METRIC_KEYS.flatMap((metric, i) => {
    const value = String(form.get(`value:${metric}`) ?? '').trim();
    if (value === '' || !form.has(`value:${metric}`)) return [];
    return [{ row: i + 1, unit, metric, date, value, correction: String(form.get(`correction:${metric}`) ?? '') }];
  });
  if (rows.length === 0) return { problems: [], written: null, denied: false };
  let outcome;
  try {
    outcome = importObservations(getStore(), rows, {
      batch: { source: 'form', actor: user.email, note: `biểu mẫu / form ${unit} ${date}` },
      today: vietnamDate(new Date()),
      scope: user.scope,
    });
  } catch (e) {
    if (e instanceof StoreUnavailableError) return { problems: [], written: null, denied: false, unavailable: e.text };
    throw e;
  }
  if (outcome.written?.batchId) revalidatePath('/data/entry');
  const lang = String(form.get('lang') ?? '');
  const t = translator(isLocale(lang) ? lang : 'vi', 'EntryForm');
  const w = outcome.written;
  const writtenText = w ? (w.batchId ? t('written', { inserted: w.inserted, corrected: w.corrected }) : t('unchanged')) : undefined;
  return { problems: outcome.problems, written: outcome.written, denied: false, writtenText };
}
