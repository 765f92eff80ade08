// GET /api/v1/units[?edition=2024|2025]: the units of both editions (or one) and who became whom.
import { cachedJson, parseQuery, readerRefusal } from '../responses';
import { getStore } from '@/db/store/client';
import { getUnitInfo, listUnits } from '@/db/units';
import { EDITION_INFO, EDITIONS } from '@/lib/editions';
import { edition } from '@/lib/validation';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const refusal = readerRefusal(request, getStore());
  if (refusal) return refusal;
  const query = parseQuery(request, z.object({ edition: edition.optional() }));
  if (!query.ok) return query.response;
  const store = getStore();
  const editions = query.data.edition ? [query.data.edition] : EDITIONS;
  // getUnitInfo reads the successions once per unit: computed once per data version, not per request.
  return cachedJson(store, `units:${editions.join(',')}`, () => ({
    editions: editions.map((e) => EDITION_INFO[e]),
    units: editions.flatMap((e) =>
      listUnits(store, e).map((u) => {
        const info = getUnitInfo(store, e, u.code)!;
        return {
          edition: u.edition,
          code: u.code,
          name: u.nameVi,
          nameAscii: u.nameAscii,
          kind: u.kind,
          region: info.region,
          districts: u.districts,
          communes: u.communes,
          population: u.population,
          successor: info.successor,
          predecessors: info.predecessors,
        };
      }),
    ),
  }));
}
