// GET /data/template?layout=long|wide&format=csv|xlsx: the report template in Vietnamese. For a
// signed-in reporter, pre-filled with their units and each one's latest values (to overwrite);
// for anyone else, an example row.
import { currentUser } from '../../session';
import { getStore } from '@/db/store/client';
import { getUnitHistory } from '@/db/history';
import { findUnit } from '@/db/units';
import { toCsv } from '@/lib/exports/csv';
import { editionInForce } from '@/lib/editions';
import type { MetricKey } from '@/lib/metrics';
import { templateTable, type TemplateUnit } from '@/lib/import/template';
import { toXlsx, XLSX_CONTENT_TYPE } from '@/lib/exports/xlsx';

export const dynamic = 'force-dynamic';

function reporterUnits(scope: ReadonlySet<string>): TemplateUnit[] {
  const store = getStore();
  return [...scope].sort().flatMap((s) => {
    const [edition, code] = s.split(':') as ['2024' | '2025', string];
    const unit = findUnit(store, edition, code);
    const history = unit && getUnitHistory(store, { edition, code });
    if (!unit || !history) return [];
    // Each metric's latest value of the unit's own reports (a 2025 unit's history starts with its predecessors' sums).
    const lasts = Object.entries(history.metrics).flatMap(([key, series]) => {
      const last = series.points.filter((p) => editionInForce(p.date) === edition).at(-1);
      return last ? [{ key: key as MetricKey, ...last }] : [];
    });
    const date = lasts.map((l) => l.date).sort().at(-1);
    const latest = date ? { date, values: Object.fromEntries(lasts.map((l) => [l.key, l.value])) } : null;
    return [{ code: unit.code, name: unit.nameVi, latest }];
  });
}

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const layout = params.get('layout') === 'wide' ? 'wide' : 'long';
  const xlsx = params.get('format') === 'xlsx';
  const user = await currentUser();
  const units = user && user.role !== 'viewer' && user.scope ? reporterUnits(user.scope) : null;
  const { header, rows } = templateTable(layout, units, !xlsx);
  const name = `mau-bao-cao-de-an-06${layout === 'wide' ? '-bang-ngang' : ''}`;
  if (xlsx) {
    return new Response(Buffer.from(toXlsx(header, rows, 'Báo cáo')), {
      headers: { 'Content-Type': XLSX_CONTENT_TYPE, 'Content-Disposition': `attachment; filename="${name}.xlsx"`, 'Cache-Control': 'no-store' },
    });
  }
  return new Response(toCsv(header, rows as (string | number | null)[][]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`, 'Cache-Control': 'no-store' },
  });
}
