// GET /api/v1/units/79/history?edition=2025: every report of one unit (a 2025 unit's continues
// its predecessors' sum before 1/7/2025) and its targets. ?format=csv for a spreadsheet.
import { badRequest, csv, json, parseQuery, readerRefusal, xlsx } from '../../../responses';
import { getStore } from '@/db/store/client';
import { getUnitHistory } from '@/db/history';
import { suggestUnits } from '@/db/units';
import { historyCsv } from '@/lib/view/history';
import { format, lang, unitCode, unitQuery } from '@/lib/validation';

export const dynamic = 'force-dynamic';

const query = unitQuery.extend({ format: format.default('json'), lang: lang.default('vi') });

export async function GET(request: Request, context: { params: Promise<{ code: string }> }): Promise<Response> {
  const refusal = readerRefusal(request, getStore());
  if (refusal) return refusal;
  const { code } = await context.params;
  if (!unitCode.safeParse(code).success) return badRequest('code', 'must be a two-digit province code');
  const parsed = parseQuery(request, query);
  if (!parsed.ok) return parsed.response;
  const { edition, format } = parsed.data;
  const store = getStore();
  const history = getUnitHistory(store, { edition, code });
  if (!history) {
    return json(
      { error: { parameter: 'code', message: `code ${code} is not a unit of the ${edition} edition` }, suggestions: suggestUnits(store, edition, code) },
      { status: 404 },
    );
  }
  if (format === 'csv') {
    const { header, rows } = historyCsv(history, parsed.data.lang);
    return csv(header, rows as (string | number | null)[][], `de-an-06-${edition}-${code}-lich-su.csv`);
  }
  if (format === 'xlsx') {
    const { header, rows } = historyCsv(history, parsed.data.lang, 'cells');
    return xlsx(header, rows, `de-an-06-${edition}-${code}-lich-su.xlsx`, `${code} ${history.unit.nameVi}`);
  }
  return json(history);
}
