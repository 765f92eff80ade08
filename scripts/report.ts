// npm run report -- --date 2024-11-13 [--edition 2024|2025] [--json] [--lang vi|en]
// Prints the national value and every unit's value, target, % of target, expected %, status
// and forecast for each metric, as of the date (each unit's latest report on or before it).
// Without --edition: the edition in force on the date. Bad input: one line on stderr, exit 2.
import { parseArgs } from 'node:util';
import { openExistingStore } from './open-store';
import { getReport } from '@/db/report';
import { viewFor } from '@/db/view';
import { EDITION_INFO, type Edition } from '@/lib/editions';
import { formatDate, formatNumber, formatPercent, isLocale, localName, metricName, metricUnit, type Locale } from '@/lib/format';
import { statusLabel, translator } from '@/lib/i18n/i18n';
import { metricByKey } from '@/lib/metrics';
import type { Report } from '@/lib/report';
import { fieldErrors, reportQuery } from '@/lib/validation';
import { PARAM_RULES } from '@/lib/view/params';

class UsageError extends Error {}

function parse(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        date: { type: 'string' },
        edition: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'vi' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const query = reportQuery.safeParse({ date: values.date, edition: values.edition });
  if (!query.success) {
    const [first] = fieldErrors(query.error);
    const given = first.field === 'date' ? values.date : values.edition;
    throw new UsageError(`--${first.field} "${given}" ${first.message}`);
  }
  if (!isLocale(values.lang)) throw new UsageError(`--lang "${values.lang}" ${PARAM_RULES.lang.message.en}`);
  return { ...query.data, edition: query.data.edition as Edition | undefined, json: values.json, lang: values.lang };
}

function pad(text: string, width: number, right = false): string {
  const room = Math.max(0, width - [...text].length);
  return right ? ' '.repeat(room) + text : text + ' '.repeat(room);
}

function printText(report: Report, lang: Locale): void {
  const t = translator(lang, 'Report');
  console.log(t('asOf', { date: formatDate(report.asOf, lang), edition: localName(EDITION_INFO[report.edition], lang) }));
  if (report.illustrative) console.log(t('illustrative'));
  if (!report.available) {
    console.log(t('notAvailable'));
    return;
  }
  const headers = (['code', 'province', 'value', 'target', 'pctTarget', 'pctExpected', 'status', 'forecast'] as const).map((k) => t(k));
  for (const key of report.metrics) {
    const def = metricByKey(key);
    const n = report.nationalDetail[key]!;
    console.log(`\n== ${metricName(def, lang)} (${metricUnit(def, lang)})`);
    console.log(`   ${t('national', { value: `${formatNumber(n.value, lang)}${n.denominator !== null ? ` / ${formatNumber(n.denominator, lang)}` : ''}` })}`
      + ` · ${t('nationalTarget', { target: formatNumber(n.target, lang) })} · ${formatPercent(n.pctOfTarget, lang)}`
      + ` · ${statusLabel(n.status, lang)}`);
    const widths = [4, 22, 14, 14, 10, 10, 16, 12];
    console.log(headers.map((h, i) => pad(h, widths[i], i >= 2 && i <= 5)).join(' '));
    for (const u of report.units) {
      const m = u.metrics[key];
      if (!m) continue;
      const cells = [u.code, u.name, formatNumber(m.value, lang), formatNumber(m.target, lang),
        formatPercent(m.pctOfTarget, lang), formatPercent(m.expectedPct, lang), statusLabel(m.status, lang),
        formatDate(m.forecast.date, lang)];
      console.log(cells.map((c, i) => pad(c, widths[i], i >= 2 && i <= 5)).join(' '));
    }
  }
}

// `npm run report | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

function main(): number {
  let args;
  try {
    args = parse(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`report: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const store = openExistingStore('report');
  try {
    // The same rule as every view: without --edition, the one in force on the date (lib/editions).
    const view = viewFor(store, { date: args.date, edition: args.edition });
    const report = getReport(store, { date: view.date, edition: view.edition });
    if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else printText(report, args.lang);
    return 0;
  } finally {
    store.sqlite.close();
  }
}

process.exitCode = main();
