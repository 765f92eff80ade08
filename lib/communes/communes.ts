// A province's communes on a date (2025 edition): each commune's land-data milestone (reached on
// a date, or not yet), its parcels, its last report; which lag. Pure: db/communes.ts reads rows.
import type { Point } from '../series';
import { reachedDate } from '../milestones';

export type CommuneKind = 'commune' | 'ward' | 'special_zone';

export interface CommuneStatus {
  code: string;
  name: string;
  nameAscii: string;
  kind: CommuneKind;
  landData: { reached: boolean; date: string | null };
  parcels: { value: number; reportDate: string } | null;
  /** The date of its latest report of either metric on or before the date; null: none yet. */
  lastReport: string | null;
}

const upTo = (points: readonly Point[] | undefined, asOf: string) => (points ?? []).filter((p) => p.date <= asOf);

/** A commune's land data is digitized while its milestone stands at this value (db/communes.ts reads the points around it). */
export const LAND_DATA_REACHED = 1;

export function communeStatus(
  commune: { code: string; nameVi: string; nameAscii: string; kind: string },
  reports: { landData?: readonly Point[]; parcels?: readonly Point[] },
  asOf: string,
): CommuneStatus {
  const land = upTo(reports.landData, asOf);
  const parcels = upTo(reports.parcels, asOf);
  const reached = reachedDate(land, LAND_DATA_REACHED);
  const lastParcels = parcels.at(-1);
  const last = [land.at(-1)?.date, lastParcels?.date].filter((d): d is string => !!d).sort().at(-1) ?? null;
  return {
    code: commune.code,
    name: commune.nameVi,
    nameAscii: commune.nameAscii,
    kind: commune.kind as CommuneKind,
    landData: { reached: reached !== null, date: reached },
    parcels: lastParcels ? { value: lastParcels.value, reportDate: lastParcels.date } : null,
    lastReport: last,
  };
}

/**
 * The communes that lag (land data not yet digitized), the oldest gap first: the longest since
 * their last report (never reported first), then by code. The deck names the first five.
 */
export function laggingCommunes(statuses: readonly CommuneStatus[]): CommuneStatus[] {
  return statuses
    .filter((s) => !s.landData.reached)
    .sort((a, b) => (a.lastReport ?? '').localeCompare(b.lastReport ?? '') || a.code.localeCompare(b.code));
}

export interface CommuneHistoryRow {
  date: string;
  /** Whether the land-data milestone was reached on or before the date. */
  reached: boolean;
  /** The parcels reported on the date; null: none that day. */
  parcels: number | null;
}

/** One row per report date of either metric on or before asOf, newest first (the commune page). */
export function communeHistoryRows(reports: { landData: readonly Point[]; parcels: readonly Point[] }, asOf: string): CommuneHistoryRow[] {
  const land = upTo(reports.landData, asOf);
  const parcels = new Map(upTo(reports.parcels, asOf).map((p) => [p.date, p.value]));
  const dates = [...new Set([...land.map((p) => p.date), ...parcels.keys()])].sort().reverse();
  return dates.map((date) => ({ date, reached: reachedDate(land.filter((p) => p.date <= date), 1) !== null, parcels: parcels.get(date) ?? null }));
}

/** A name as typed in a search box matches with or without tone marks, in any case. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
}

/**
 * One commune as the list needs it, a tuple rather than an object: the page sends 168 of them
 * (79) in its payload, where the keys of an object would be a third of the bytes.
 * [code, name, the name without tone marks when folding the name does not give it ('' else),
 *  kind, reached (1/0), the land-data date, its text, parcels, their text, last report, its text]
 */
export type CommuneRow = [
  code: string, name: string, ascii: string, kind: string, reached: 0 | 1, landDate: string | null, reachedText: string | null,
  parcels: number | null, parcelsText: string | null, lastReport: string | null, lastReportText: string | null,
];

/** The list's row of a commune's status, with its texts in the reader's language. */
export function communeRow(c: CommuneStatus, text: { reached: string | null; parcels: string | null; lastReport: string | null }): CommuneRow {
  const ascii = foldName(c.nameAscii) === foldName(c.name) ? '' : c.nameAscii;
  return [c.code, c.name, ascii, c.kind, c.landData.reached ? 1 : 0, c.landData.date, text.reached, c.parcels?.value ?? null, text.parcels, c.lastReport, text.lastReport];
}
