// GET /meetings/ID/minutes/download?format=csv|xlsx[&lang=vi|en]: the minutes of a meeting as a
// file, the same content as the page (lib/meetings/minutes.ts minutesTable): CSV by lib/exports/csv.ts, XLSX by
// lib/exports/xlsx.ts (number and date cells). 404 for an unknown meeting, 400 for a bad format.
import { badRequest, csv, json, readerRefusal } from '@/app/api/v1/responses';
import { getStore } from '@/db/store/client';
import { vietnamDate } from '@/lib/dates';
import { asLocale } from '@/lib/view/params';
import { csvCells } from '@/lib/actions/table';
import { minutesTable } from '@/lib/meetings/minutes';
import { toXlsx, XLSX_CONTENT_TYPE } from '@/lib/exports/xlsx';
import { loadMinutes } from '../minutes-data';
import { translator } from '@/lib/i18n/i18n';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const store = getStore();
  const refusal = readerRefusal(request, store);
  if (refusal) return refusal;
  const { id } = await context.params;
  const url = new URL(request.url);
  const format = url.searchParams.get('format') ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') return badRequest('format', 'must be csv or xlsx', 'phải là csv hoặc xlsx');
  const locale = asLocale(url.searchParams.get('lang') ?? undefined) ?? 'vi';
  const today = vietnamDate(new Date());
  const minutes = loadMinutes(store, id, today);
  if (!minutes) return json({ error: { parameter: 'id', message: `id ${id} is not a meeting`, messageVi: `Không có cuộc họp số ${id}.` } }, { status: 404 });
  const { header, rows } = minutesTable(minutes, locale);
  const name = `bien-ban-${minutes.meeting.slug}`;
  if (format === 'csv') return csv(header, csvCells(rows, locale), `${name}.csv`);
  const bytes = toXlsx(header, rows, translator(locale, 'Downloads')('minutesSheet'));
  return new Response(new Blob([bytes.slice().buffer]), {
    headers: { 'Content-Type': XLSX_CONTENT_TYPE, 'Content-Disposition': `attachment; filename="${name}.xlsx"`, 'Cache-Control': 'no-store' },
  });
}
