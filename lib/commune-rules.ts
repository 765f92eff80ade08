// Who may write a commune's figures, and when a province's own figure is refused. Pure: the
// write paths (lib/observation-rules.ts through db/import.ts) call these with what the store
// says. The roll-up itself lives in lib/rollup.ts.
import type { Edition } from './editions';
import type { Message } from './observation-rules';
import type { UnitLevel } from './metrics';
import { directFigureRefused } from './rollup';
import { formatDate } from './format';

/** A unit a row is written for: a province, or a commune with its province. */
export interface WrittenUnit {
  edition: Edition;
  level: UnitLevel;
  code: string;
  /** A commune's province code (2025 edition). */
  province?: string;
}

/**
 * Whether a writer whose scope is `scope` ("edition:code" of the units assigned; null: every
 * unit) may write a unit's figures: a province reporter writes its province and its communes;
 * a commune reporter writes that commune only, never its province or another commune.
 */
export function mayWrite(scope: ReadonlySet<string> | null, unit: WrittenUnit): boolean {
  if (scope === null) return true;
  if (scope.has(`${unit.edition}:${unit.code}`)) return true;
  return unit.level === 'commune' && unit.province !== undefined && scope.has(`${unit.edition}:${unit.province}`);
}

export function outsideScope(unit: WrittenUnit): Message {
  return unit.level === 'commune'
    ? { vi: `Bạn không được giao báo cáo cho xã ${unit.code} (tỉnh ${unit.province}).`, en: `You are not assigned to report for commune ${unit.code} (province ${unit.province}).` }
    : { vi: `Bạn không được giao báo cáo cho đơn vị ${unit.code}.`, en: `You are not assigned to report for unit ${unit.code}.` };
}

/**
 * A direct province figure for a metric built from communes, on or after the province's first
 * commune-level figure, is refused naming the rule; null when it may be written.
 */
export function directProvinceFigureProblem(
  province: string,
  metric: string,
  date: string,
  firstCommune: string | null,
): Message | null {
  if (!directFigureRefused(firstCommune, date)) return null;
  return {
    vi: `Tỉnh ${province} đã có số liệu cấp xã cho ${metric} từ ngày ${formatDate(firstCommune!, 'vi')}: số liệu của tỉnh ngày ${formatDate(date, 'vi')} được tổng hợp từ các xã, không nhập trực tiếp.`,
    en: `Province ${province} has commune-level figures for ${metric} since ${formatDate(firstCommune!, 'en')}: its figure on ${formatDate(date, 'en')} is the sum of its communes and cannot be reported directly.`,
  };
}
