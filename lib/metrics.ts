// The Project 06 metrics the dashboard follows. This catalogue is loaded into the `metrics`
// table when a store is opened (db/store/reference.ts); domain code reads the kind from here.
import type { Edition } from './editions';
import { nameKey } from './names';

export type MetricKind = 'cumulative' | 'share' | 'milestone';

/** Provinces (tỉnh, thành phố) or, in the 2025 edition, communes (xã, phường, đặc khu). */
export type UnitLevel = 'province' | 'commune';

export interface MetricDefinition {
  id: number;
  key: string;
  nameVi: string;
  nameEn: string;
  /** Short names, for slides read from the back of a room. */
  shortVi: string;
  shortEn: string;
  unitVi: string;
  unitEn: string;
  kind: MetricKind;
  /** For share metrics, the unit column that is the denominator. */
  denominator: 'districts' | 'communes' | null;
  /** The editions whose reports carry this metric. */
  editions: readonly Edition[];
  /** The levels of unit that report it (communes: the 2025 edition only). */
  levels: readonly UnitLevel[];
}

export const METRICS = [
  {
    id: 1,
    key: 'health_book_records',
    nameVi: 'Hồ sơ sổ sức khỏe điện tử',
    nameEn: 'Electronic health book records',
    shortVi: 'Sổ sức khỏe điện tử',
    shortEn: 'Health book',
    unitVi: 'hồ sơ',
    unitEn: 'records',
    kind: 'cumulative',
    denominator: null,
    editions: ['2024', '2025'],
    levels: ['province'],
  },
  {
    id: 2,
    key: 'judicial_record_applications',
    nameVi: 'Hồ sơ đề nghị cấp Phiếu LLTP trên VNeID',
    nameEn: 'Judicial-record applications on VNeID',
    shortVi: 'Hồ sơ LLTP trên VNeID',
    shortEn: 'Judicial-record applications',
    unitVi: 'hồ sơ',
    unitEn: 'applications',
    kind: 'cumulative',
    denominator: null,
    editions: ['2024', '2025'],
    levels: ['province'],
  },
  {
    id: 3,
    key: 'judicial_record_live',
    nameVi: 'Cấp Phiếu LLTP trên VNeID',
    nameEn: 'Issuing judicial-record certificates on VNeID',
    shortVi: 'Cấp LLTP trên VNeID',
    shortEn: 'Judicial records live',
    unitVi: 'địa phương',
    unitEn: 'localities',
    kind: 'milestone',
    denominator: null,
    editions: ['2024', '2025'],
    levels: ['province'],
  },
  {
    id: 4,
    key: 'districts_digitized',
    nameVi: 'Huyện đã số hóa dữ liệu đất đai',
    nameEn: 'Districts with digitized land data',
    shortVi: 'Huyện số hóa đất đai',
    shortEn: 'Districts, land data',
    unitVi: 'huyện',
    unitEn: 'districts',
    kind: 'share',
    denominator: 'districts',
    editions: ['2024'],
    levels: ['province'],
  },
  {
    id: 5,
    key: 'communes_digitized',
    nameVi: 'Xã đã số hóa dữ liệu đất đai',
    nameEn: 'Communes with digitized land data',
    shortVi: 'Xã số hóa đất đai',
    shortEn: 'Communes, land data',
    unitVi: 'xã',
    unitEn: 'communes',
    kind: 'share',
    denominator: 'communes',
    editions: ['2025'],
    levels: ['province'],
  },
  {
    id: 6,
    key: 'land_parcels_digitized',
    nameVi: 'Thửa đất đã số hóa',
    nameEn: 'Land parcels digitized',
    shortVi: 'Thửa đất số hóa',
    shortEn: 'Land parcels',
    unitVi: 'thửa',
    unitEn: 'parcels',
    kind: 'cumulative',
    denominator: null,
    editions: ['2024', '2025'],
    levels: ['province', 'commune'],
  },
  {
    id: 7,
    key: 'civil_status_digitized',
    nameVi: 'Hoàn thành số hóa dữ liệu hộ tịch',
    nameEn: 'Civil-status records digitized',
    shortVi: 'Số hóa hộ tịch',
    shortEn: 'Civil status digitized',
    unitVi: 'địa phương',
    unitEn: 'localities',
    kind: 'milestone',
    denominator: null,
    editions: ['2024', '2025'],
    levels: ['province'],
  },
  {
    id: 8,
    key: 'land_data_digitized',
    nameVi: 'Dữ liệu đất đai của xã đã số hóa',
    nameEn: 'Commune land data digitized',
    shortVi: 'Đất đai của xã',
    shortEn: 'Commune land data',
    unitVi: 'xã',
    unitEn: 'communes',
    kind: 'milestone',
    denominator: null,
    editions: ['2025'],
    // A commune's own milestone; its province's figure is communes_digitized (lib/rollup.ts).
    levels: ['commune'],
  },
] as const satisfies readonly MetricDefinition[];

export type MetricKey = (typeof METRICS)[number]['key'];

export const METRIC_KEYS: readonly MetricKey[] = METRICS.map((m) => m.key);

const byKey = new Map<string, MetricDefinition>(METRICS.map((m) => [m.key, m]));

export function isMetricKey(key: string): key is MetricKey {
  return byKey.has(key);
}

export function metricByKey(key: MetricKey): MetricDefinition {
  return byKey.get(key)!;
}

/** Metrics whose data exists for reports of an edition and level, in display order. */
export function metricsForEdition(edition: Edition, level: UnitLevel = 'province'): MetricDefinition[] {
  return METRICS.filter((m) => (m.editions as readonly Edition[]).includes(edition) && (m.levels as readonly UnitLevel[]).includes(level));
}

/**
 * The metrics of a unit's history: a 2025 unit's covers both editions' (districts before the
 * merger), its own edition's first.
 */
export function metricsForEditions(edition: Edition, level: UnitLevel = 'province'): MetricDefinition[] {
  const own = metricsForEdition(edition, level);
  return edition === '2025' && level === 'province' ? [...own, ...metricsForEdition('2024').filter((m) => !own.includes(m))] : own;
}

/** Every way a metric is written: its key, its Vietnamese and English names, the deck's short labels. */
export function metricNames(def: MetricDefinition): string[] {
  return [def.key, def.nameVi, def.nameEn, def.shortVi, def.shortEn];
}

const byName = new Map<string, MetricKey>(METRICS.flatMap((m) => [[m.key, m.key] as const, ...metricNames(m).map((n) => [nameKey(n), m.key] as const)]));

/** The metric a text names (key, name or short label; any case, with or without diacritics), or null. */
export function metricByName(text: string): MetricKey | null {
  return byName.get(text) ?? byName.get(nameKey(text)) ?? null;
}
