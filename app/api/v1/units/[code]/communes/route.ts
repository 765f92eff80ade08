// GET /api/v1/units/79/communes?date=YYYY-MM-DD: the communes of a 2025 province on a date
// (the latest report when absent): land-data milestone and parcels. ?format=csv|xlsx for a
// spreadsheet (the province page's downloads). An unknown province or a 2024 code: 404 naming
// where it went; a bad date: 400 (lib/view/params.ts).
import { z } from 'zod';
import { badRequest, csv, json, parseQuery, readerRefusal } from '../../../responses';
import { getStore } from '@/db/store/client';
import { getProvinceCommunes } from '@/db/communes';
import { latestReportDate } from '@/db/store-facts';
import { findUnit, suggestUnits } from '@/db/units';
import { communesApiRow, communesTable } from '@/lib/communes/table';
import { MERGER_DATE } from '@/lib/editions';
import { translator } from '@/lib/i18n/i18n';
import { toXlsx, XLSX_CONTENT_TYPE } from '@/lib/exports/xlsx';
import { isoDate, lang, unitCode } from '@/lib/validation';

export const dynamic = 'force-dynamic';

const query = z.object({ date: isoDate.optional(), format: z.enum(['json', 'csv', 'xlsx']).default('json'), lang: lang.default('vi') });

export async function GET(request: Request, context: { params: Promise<{ code: string }> }): Promise<Response> {
  const store = getStore();
  const refusal = readerRefusal(request, store);
  if (refusal) return refusal;
  const { code } = await context.params;
  if (!unitCode.safeParse(code).success) return badRequest('code', 'must be a two-digit province code', 'phải là mã tỉnh hai chữ số');
  const parsed = parseQuery(request, query);
  if (!parsed.ok) return parsed.response;
  if (!findUnit(store, '2025', code)) {
    const see = suggestUnits(store, '2025', code).filter((s) => s.edition === '2025').map((s) => s.code);
    const where = see.length > 0 ? `: see ${see.join(', ')}` : '';
    const whereVi = see.length > 0 ? `: xem ${see.join(', ')}` : '';
    return json(
      { error: { parameter: 'code', message: `code ${code} is not a province of the 2025 edition${where}`, messageVi: `mã ${code} không phải là tỉnh của bản đồ 2025${whereVi}` }, see },
      { status: 404 },
    );
  }
  const date = parsed.data.date ?? latestReportDate(store) ?? MERGER_DATE;
  const communes = getProvinceCommunes(store, code, date);
  const { format } = parsed.data;
  if (format === 'json') return json({ province: code, date, communes: communes.map(communesApiRow) });
  const t = translator(parsed.data.lang, 'Communes');
  const header = [t('code'), t('name'), t('kindHeader'), t('reached'), t('reachedOn'), t('parcels'), t('lastReport')];
  const kindName = (k: string) => t(`kind.${k as 'ward'}`);
  const filename = `de-an-06-${code}-xa-phuong-${date}`;
  if (format === 'csv') {
    const table = communesTable(communes, header, kindName, false);
    return csv(table.header, table.rows as (string | number | null)[][], `${filename}.csv`);
  }
  const table = communesTable(communes, header, kindName, true);
  return new Response(Buffer.from(toXlsx(table.header, table.rows, 'Xa phuong')), {
    headers: { 'Content-Type': XLSX_CONTENT_TYPE, 'Content-Disposition': `attachment; filename="${filename}.xlsx"`, 'Cache-Control': 'no-store' },
  });
}
