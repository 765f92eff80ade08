// The communes the illustrative data gives figures to (lib/illustrative/communes.ts): every
// commune-level unit of the 2025 edition, with its province's code.
import type { Store } from '../store/types';
import { listUnits, type UnitRow } from '../units';
import type { IllustrativeCommune } from '@/lib/illustrative/communes';

export function illustrativeCommunes(store: Store): { rows: UnitRow[]; units: IllustrativeCommune[] } {
  const provinceCode = new Map(listUnits(store, '2025').map((u) => [u.id, u.code]));
  const rows = listUnits(store, '2025', 'commune');
  return { rows, units: rows.map((c) => ({ code: c.code, province: provinceCode.get(c.parentId!)! })) };
}
