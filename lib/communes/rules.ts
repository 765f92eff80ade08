// Who may write a commune's figures, and when a province's own figure is refused. Pure: the
// write paths (lib/import/observation-rules.ts through db/import.ts) call these with what the store
// says. The roll-up itself lives in lib/rollup.ts.
import type { Edition } from '../editions';
import type { UnitFacts, ValidObservation } from '../import/observation-rules';
import type { Message } from '../message';
import type { MetricKey, UnitLevel } from '../metrics';
import { unitNameKey } from '../names';
import { communeMetricOf, directFigureRefused, provinceMetricOf } from '../rollup';
import { formatDate } from '../format';

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

/** The 2025 communes a reader knows: by code (their province and facts) and by "province|name key". */
export interface CommuneDirectory {
  communes: ReadonlyMap<string, { province: string; facts: UnitFacts; name: string }>;
  byName: ReadonlyMap<string, string>;
}

/** A commune's GSO code: five digits, kept as text. */
export const COMMUNE_CODE = /^\d{5}$/;

/** The key a commune is found under by name within its province (lib/names.ts: prefixes, diacritics, case). */
export const communeNameKey = (province: string, name: string) => `${province}|${unitNameKey(name)}`;

export interface CommuneReading {
  code: string | null;
  province?: string;
  problem: Message | null;
}

/**
 * The commune a text names: a five-digit code, or a name within the province `province` (a
 * code, already read). Communes are units of the 2025 edition only: a row dated before
 * 1/7/2025 (`edition` 2024) is refused saying so.
 */
export function readCommune(text: string, province: string | null, edition: Edition | null, dir: CommuneDirectory): CommuneReading {
  const refuse = (vi: string, en: string): CommuneReading => ({ code: null, problem: { vi, en } });
  const code = COMMUNE_CODE.test(text) ? text : province ? dir.byName.get(communeNameKey(province, text)) : undefined;
  const commune = code ? dir.communes.get(code) : undefined;
  if (!code || !commune) {
    if (COMMUNE_CODE.test(text)) return refuse(`Mã xã, phường "${text}" không tồn tại.`, `Unknown commune code "${text}".`);
    return refuse(`Không có xã, phường, đặc khu tên "${text}" thuộc tỉnh, thành phố ${province}.`, `No commune, ward or special zone named "${text}" in province ${province}.`);
  }
  if (province && commune.province !== province) {
    return refuse(`Xã, phường ${code} (${commune.name}) thuộc tỉnh, thành phố ${commune.province}, không thuộc ${province}.`, `Commune ${code} (${commune.name}) belongs to province ${commune.province}, not ${province}.`);
  }
  if (edition === '2024') {
    return refuse(`Xã, phường ${code} (${commune.name}) là đơn vị từ 01/07/2025: không có số liệu cấp xã trước ngày đó.`, `Commune ${code} (${commune.name}) is a unit from 01/07/2025: there are no commune figures before that date.`);
  }
  return { code, province: commune.province, problem: null };
}

/**
 * The province rows of a batch refused by directProvinceFigureProblem: their province's first
 * commune-level figure is the stored one (`stored`) or, if earlier, the first of the batch's
 * own commune rows for that province and metric. A province row that repeats the figure stored
 * for its date (the roll-up, as a downloaded league or history file carries it back) changes
 * nothing and is not refused: `unchanged` says which rows do.
 */
export function directFigureProblems(
  rows: readonly ValidObservation[],
  stored: (province: string, metric: MetricKey) => string | null,
  unchanged: (v: ValidObservation) => boolean = () => false,
): { v: ValidObservation; message: Message }[] {
  const inBatch = new Map<string, string>();
  for (const v of rows) {
    const metric = v.level === 'commune' && v.province ? provinceMetricOf(v.metric) : null;
    if (!metric) continue;
    const key = `${v.province}:${metric}`;
    const first = inBatch.get(key);
    if (first === undefined || v.date < first) inBatch.set(key, v.date);
  }
  const refused: { v: ValidObservation; message: Message }[] = [];
  for (const v of rows) {
    if (v.level !== 'province' || !communeMetricOf(v.metric) || unchanged(v)) continue;
    const dates = [stored(v.unit, v.metric), inBatch.get(`${v.unit}:${v.metric}`) ?? null].filter((d): d is string => d !== null).sort();
    const message = directProvinceFigureProblem(v.unit, v.metric, v.date, dates[0] ?? null);
    if (message) refused.push({ v, message });
  }
  return refused;
}
