// Who has reported: the last 12 weeks x the provinces (on time, late, not reported: an icon and a
// word), one metric or the whole weekly report, the provinces not reported in the chosen week with
// their last report and days overdue (administrators also see the reporter accounts to contact),
// and each province's communes. The rule: lib/reporting; the reads: db/reporting.ts.
import { getLocale } from '../locale';
import { currentUser, requireReader } from '../session';
import { LiveRefresh } from '@/components/live-refresh';
import { ReportingSentence, ReportStateMark } from '@/components/reporting-state';
import { SiteHeader } from '@/app/site-header';
import { dataVersion } from '@/db/store/cache';
import { getStore } from '@/db/store/client';
import { getReportingGrid, getWeekReport, reportersOf, reportingProvince } from '@/db/reporting';
import { isIllustrative } from '@/db/store-facts';
import { formatDate, formatDateTime, formatNumber, metricName } from '@/lib/format';
import { translator } from '@/lib/i18n/i18n';
import { isMetricKey, METRICS, type MetricKey } from '@/lib/metrics';
import { daysOverdue } from '@/lib/reporting/completeness';
import { lastEndedWeek, readWeekParam, type IsoWeek } from '@/lib/reporting/weeks';
import { maySeeEmails } from '@/lib/security/permissions';

export const dynamic = 'force-dynamic';

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ReportingPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  await requireReader('/reporting');
  const locale = await getLocale(params);
  const t = translator(locale, 'Reporting');
  const store = getStore();
  const now = new Date();
  const ignored: string[] = [];
  let week: IsoWeek = lastEndedWeek(now);
  const asked = one(params.week);
  if (asked) {
    const read = readWeekParam(asked, now);
    if (read.ok) week = read.week;
    else ignored.push(t('badWeek', { message: read.message[locale] }));
  }
  const askedMetric = one(params.metric);
  const metric: MetricKey | null = askedMetric && isMetricKey(askedMetric) ? askedMetric : null;
  if (askedMetric && !metric) ignored.push(`metric: ${askedMetric}`);

  const grid = getReportingGrid(store, week, 12, metric);
  const report = getWeekReport(store, week, metric);
  const user = await currentUser();
  const admin = maySeeEmails(user);
  const missingIds = report.missing.map((m) => reportingProvince(store, week, m.code)!.id);
  const contacts = admin ? reportersOf(store, missingIds) : null;
  const overdue = report.deadline ? daysOverdue(report.deadline, now) : 0;
  const weekName = (w: IsoWeek) => t('week', { week: w.week, year: w.year });
  const stateWord = (s: 'onTime' | 'late' | 'missing' | null) => t(`state.${s ?? 'none'}`);
  const query = `?week=${week.key}${metric ? `&metric=${metric}` : ''}`;
  const p = report.provinces;
  const last = grid.weeks.length - 1;

  return (
    <div className="mx-auto max-w-screen-2xl space-y-6 p-4 sm:p-6">
      <SiteHeader locale={locale} path={`/reporting${query}`} illustrative={isIllustrative(store)} />
      <main className="space-y-6">
        <h1 className="text-2xl font-bold">{t('title')} · {weekName(week)}</h1>
        <form method="get" action="/reporting" className="flex flex-wrap items-end gap-3 print:hidden">
          <label className="flex flex-col text-sm">
            {t('weekField')}
            <input name="week" defaultValue={week.key} pattern="\d{4}-W\d{2}" className="rounded border border-slate-400 px-2 py-1" />
          </label>
          <label className="flex flex-col text-sm">
            {t('metric')}
            <select name="metric" defaultValue={metric ?? ''} className="rounded border border-slate-400 px-2 py-1">
              <option value="">{t('allMetrics')}</option>
              {METRICS.map((m) => <option key={m.key} value={m.key}>{metricName(m, locale)}</option>)}
            </select>
          </label>
          <button type="submit" className="rounded bg-slate-800 px-3 py-1 text-white">{t('show')}</button>
        </form>
        {ignored.length > 0 && <p className="text-sm text-amber-900" data-testid="ignored">{t('ignored', { list: ignored.join('; ') })}</p>}
        <LiveRefresh query={query} version={dataVersion(store)} offlineText={translator(locale, 'LiveRefresh')('offline', { date: formatDate(week.sunday, locale) })} />
        <section className="space-y-1">
          <p className="text-lg">
            <ReportingSentence tally={p} text={t('summary', { week: week.week, onTime: p.onTime, expected: p.expected, late: p.late, missing: p.missing })} />
          </p>
          {report.communes && (
            <p data-testid="communes-national">{t('communesNational', { received: formatNumber(report.communes.received, locale), expected: formatNumber(report.communes.expected, locale), onTime: formatNumber(report.communes.onTime, locale), late: formatNumber(report.communes.late, locale) })}</p>
          )}
          {report.deadline && <p className="text-sm text-slate-700">{t('deadline', { time: formatDateTime(report.deadline, locale) })}</p>}
          {isIllustrative(store) && <p className="text-sm text-slate-700">{t('illustrative')}</p>}
          <a className="text-sm underline" href={`/api/v1/reporting${query}&format=csv`}>{t('csv', { week: week.week })}</a>
        </section>

        <section aria-labelledby="missing-title" className="space-y-2">
          <h2 id="missing-title" className="text-xl font-semibold">{t('missingTitle', { week: week.week, year: week.year })}</h2>
          {report.missing.length === 0 ? <p>{t('noneMissing')}</p> : (
            <table className="text-sm" data-testid="missing-list">
              <thead>
                <tr className="text-left">
                  <th className="pr-4">{t('province')}</th>
                  <th className="pr-4">{t('lastReport')}</th>
                  <th className="pr-4">{t('daysOverdue')}</th>
                  {admin && <th>{t('contacts')}</th>}
                </tr>
              </thead>
              <tbody>
                {report.missing.map((m, i) => (
                  <tr key={m.code} data-code={m.code}>
                    <td className="pr-4"><a className="underline" href={`/provinces/${m.code}`}>{m.code} · {m.nameVi}</a></td>
                    <td className="pr-4">{m.lastReport ? formatDate(m.lastReport, locale) : t('never')}</td>
                    <td className="pr-4">{overdue > 0 ? formatNumber(overdue, locale) : t('notYetDue')}</td>
                    {admin && <td>{(contacts!.get(missingIds[i]) ?? []).join(', ') || t('noContact')}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section aria-labelledby="grid-title" className="space-y-2">
          <h2 id="grid-title" className="text-xl font-semibold">{t('grid', { week: week.week, year: week.year })}</h2>
          <div className="overflow-x-auto">
            <table className="text-xs" data-testid="reporting-grid">
              <thead>
                <tr>
                  <th scope="col" className="sticky left-0 bg-white pr-2 text-left">{t('province')}</th>
                  {grid.weeks.map((w) => (
                    <th key={w.week.key} scope="col" className="px-1 text-left font-normal">
                      <a className="underline" href={`/reporting?week=${w.week.key}${metric ? `&metric=${metric}` : ''}`}>{weekName(w.week)}</a>
                      <br />{t('rate', { numerator: w.provinces.onTime, denominator: w.provinces.expected })}
                    </th>
                  ))}
                  {grid.weeks[last].communes && <th scope="col" className="px-1 text-left">{t('communesColumn', { week: week.week })}</th>}
                </tr>
              </thead>
              <tbody>
                {grid.rows.map((r) => (
                  <tr key={r.code} data-code={r.code} className="border-t border-slate-200">
                    <th scope="row" className="sticky left-0 bg-white pr-2 text-left font-normal"><a className="underline" href={`/provinces/${r.code}`}>{r.nameVi}</a></th>
                    {r.cells.map((c, i) => (
                      <td key={grid.weeks[i].week.key} className="px-1" data-week={grid.weeks[i].week.key}><ReportStateMark state={c.state} word={stateWord(c.state)} /></td>
                    ))}
                    {grid.weeks[last].communes && (
                      <td className="px-1 whitespace-nowrap" data-testid="commune-count">
                        {r.cells[last].communes ? t('communeCount', { received: formatNumber(r.cells[last].communes!.received, locale), expected: formatNumber(r.cells[last].communes!.expected, locale) }) : ''}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </main>
    </div>
  );
}
