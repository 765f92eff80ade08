// GET /api/v1/reporting?week=2026-W48[&metric=][&unit=79][&format=json|csv]
// Who has reported in a week (lib/reporting): expected, received, on time, late, the missing
// units with their last report and days overdue, the rates with numerator and denominator; with
// unit=, one province and its communes. The same week report as /reporting shows.
import { z } from 'zod';
import { badRequest, csv, json, parseQuery, readerRefusal } from '../responses';
import { getStore } from '@/db/store/client';
import { getProvinceCommuneWeek, getWeekReport } from '@/db/reporting';
import { daysOverdue } from '@/lib/reporting/completeness';
import { lastEndedWeek, readWeekParam } from '@/lib/reporting/weeks';
import { metricKey } from '@/lib/validation';

export const dynamic = 'force-dynamic';

const query = z.object({
  week: z.string().optional(),
  metric: metricKey.optional(),
  unit: z.string().regex(/^\d{2}$/, { message: 'must be a two-digit province code' }).optional(),
  format: z.enum(['json', 'csv'], { error: 'must be json or csv' }).optional(),
});

export function GET(request: Request): Response {
  const store = getStore();
  const refusal = readerRefusal(request, store);
  if (refusal) return refusal;
  const parsed = parseQuery(request, query);
  if (!parsed.ok) return parsed.response;
  const now = new Date();
  let week = lastEndedWeek(now);
  if (parsed.data.week !== undefined) {
    const read = readWeekParam(parsed.data.week, now);
    if (!read.ok) return badRequest('week', read.message.en, read.message.vi);
    week = read.week;
  }
  const metric = parsed.data.metric ?? null;
  const report = getWeekReport(store, week, metric);
  const overdue = report.deadline ? daysOverdue(report.deadline, now) : 0;
  const rates = (t: typeof report.provinces) => ({ received: t.receivedRate, onTime: t.onTimeRate });
  const missing = report.missing.map((m) => ({ code: m.code, name: m.nameVi, lastReport: m.lastReport, daysOverdue: overdue }));
  const base = { week: week.key, from: week.monday, to: week.sunday, edition: report.edition, metric, deadline: report.deadline };

  if (parsed.data.unit !== undefined) {
    const unit = report.units.find((u) => u.code === parsed.data.unit);
    if (!unit) return badRequest('unit', `is not a province expected to report in ${week.key} (${report.edition} map)`, `không phải là tỉnh phải báo cáo trong tuần ${week.key} (bản đồ ${report.edition})`);
    const communes = getProvinceCommuneWeek(store, week, unit.code, metric);
    const answer = {
      ...base, unit: { code: unit.code, name: unit.nameVi, state: unit.state, receivedAt: unit.receivedAt },
      communes: unit.communes && {
        expected: unit.communes.expected, received: unit.communes.received, onTime: unit.communes.onTime, late: unit.communes.late,
        missing: communes.filter((c) => c.state === 'missing').map((c) => ({ code: c.code, name: c.nameVi, lastReport: c.lastReport, daysOverdue: overdue })),
        rates: rates(unit.communes),
      },
    };
    if (parsed.data.format === 'csv') {
      return csv(['week', 'code', 'name', 'level', 'state', 'received_at', 'last_report', 'days_overdue'],
        communes.map((c) => [week.key, c.code, c.nameVi, 'commune', c.state, c.receivedAt, c.lastReport, c.state === 'missing' ? overdue : null]),
        `bao-cao-${week.key}-${unit.code}.csv`);
    }
    return json(answer);
  }

  if (parsed.data.format === 'csv') {
    const last = new Map(report.missing.map((m) => [m.code, m.lastReport]));
    return csv(['week', 'code', 'name', 'state', 'received_at', 'last_report', 'days_overdue', 'communes_received', 'communes_expected'],
      report.units.map((u) => [week.key, u.code, u.nameVi, u.state, u.receivedAt, last.get(u.code) ?? null, u.state === 'missing' ? overdue : null,
        u.communes?.received ?? null, u.communes?.expected ?? null]),
      `bao-cao-${week.key}.csv`);
  }
  const p = report.provinces;
  return json({
    ...base,
    expected: p.expected, received: p.received, onTime: p.onTime, late: p.late, missing,
    rates: rates(p),
    communes: report.communes && { expected: report.communes.expected, received: report.communes.received, onTime: report.communes.onTime, late: report.communes.late, missing: report.communes.missing, rates: rates(report.communes) },
    units: report.units.map((u) => ({ code: u.code, name: u.nameVi, state: u.state, receivedAt: u.receivedAt, communes: u.communes && { expected: u.communes.expected, received: u.communes.received } })),
  });
}
