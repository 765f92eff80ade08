// The table of a province's communes as handed out (CSV, XLSX) and as the API answers.
import type { CommuneStatus } from './communes';
import { dateCell, type TableCell } from '../exports/xlsx';

export function communesApiRow(c: CommuneStatus) {
  return {
    code: c.code,
    name: c.name,
    kind: c.kind,
    metrics: {
      land_data_digitized: { reached: c.landData.reached, date: c.landData.date },
      land_parcels_digitized: c.parcels ? { value: c.parcels.value, reportDate: c.parcels.reportDate } : null,
    },
  };
}

export function communesTable(communes: readonly CommuneStatus[], header: readonly string[], kindName: (kind: string) => string, asDate: boolean) {
  const date = (iso: string | null): TableCell => (iso === null ? null : asDate ? dateCell(iso) : iso);
  return {
    header,
    rows: communes.map((c): TableCell[] => [
      c.code, c.name, kindName(c.kind), c.landData.reached ? 1 : 0, date(c.landData.date), c.parcels?.value ?? null, date(c.lastReport),
    ]),
  };
}
