// Facts about the store as a whole: whether its data is illustrative, its newest report.
import { eq, max } from 'drizzle-orm';
import { cached } from './store/cache';
import type { Store } from './store/types';
import { prepared } from './store/prepared';
import { meta, observationTotals } from './schema';

export function isIllustrative(store: Store): boolean {
  return prepared(store, 'illustrative', (db) => db.select({ value: meta.value }).from(meta).where(eq(meta.key, 'illustrative')).prepare())
    .get()?.value === 'true';
}

/**
 * The newest report date in the store, or null when it holds no reports. Read once per data
 * version: every page and answer without a date asks for it.
 */
export function latestReportDate(store: Store): string | null {
  return cached(store, 'latestReportDate', () => prepared(store, 'latestReportDate', (db) => db.select({ date: max(observationTotals.reportDate) }).from(observationTotals).prepare())
    .get()?.date ?? null);
}
