import { afterAll, describe, expect, it } from 'vitest';
import { communeReports, communesOf, findCommune, getProvinceCommunes } from './communes';
import { writeObservations } from './observations';
import { getReport } from './report';
import { createTestStore } from './testing/test-store';
import { listUnits } from './units';
import { metricByKey } from '@/lib/metrics';

const seeded = createTestStore({ seed: true });
const fresh = createTestStore();
afterAll(() => {
  seeded.dispose();
  fresh.dispose();
});

const id = (key: Parameters<typeof metricByKey>[0]) => metricByKey(key).id;

describe('the reference communes', () => {
  it('loads the 3,321 communes under their 34 provinces, the provinces unchanged', () => {
    expect(listUnits(fresh, '2025')).toHaveLength(34);
    expect(listUnits(fresh, '2024')).toHaveLength(63);
    const communes = listUnits(fresh, '2025', 'commune');
    expect(communes).toHaveLength(3321);
    expect(communesOf(fresh, '79')).toHaveLength(168);
    for (const p of listUnits(fresh, '2025')) expect(communesOf(fresh, p.code)).toHaveLength(p.communes!);
    expect(new Set(communes.map((c) => c.kind))).toEqual(new Set(['commune', 'ward', 'special_zone']));
    expect(listUnits(fresh, '2024', 'commune')).toHaveLength(0);
  });
});

describe('the illustrative communes roll up exactly to their provinces', () => {
  const rows = (unitId: number, metricId: number) =>
    seeded.sqlite.prepare(`SELECT report_date AS date, value FROM observations WHERE unit_id = ? AND metric_id = ? ORDER BY report_date`).all(unitId, metricId) as { date: string; value: number }[];
  const provinces = listUnits(seeded, '2025');

  it.each(provinces.map((p) => [p.code, p] as const))('province %s, every report date since 1/7/2025', (_, province) => {
    const communes = communesOf(seeded, province.code);
    for (const [communeMetric, provinceMetric] of [['land_data_digitized', 'communes_digitized'], ['land_parcels_digitized', 'land_parcels_digitized']] as const) {
      const own = rows(province.id, id(provinceMetric)).filter((p) => p.date >= '2025-07-01');
      const ofCommunes = communes.map((c) => rows(c.id, id(communeMetric)));
      expect(own.length).toBeGreaterThan(70);
      for (const { date, value } of own) {
        // Each commune's latest report on or before the date, added up (a milestone is 0 or 1).
        const rolledUp = ofCommunes.reduce((s, points) => s + (points.filter((p) => p.date <= date).at(-1)?.value ?? 0), 0);
        expect(rolledUp, `${province.code} ${provinceMetric} ${date}`).toBe(value);
      }
    }
  });

  it('the province page count of communes reached is the report figure on the date', () => {
    for (const date of ['2025-07-01', '2025-11-12', '2026-11-25']) {
      const report = getReport(seeded, { date, edition: '2025' });
      const hcm = report.units.find((u) => u.code === '79')!;
      const reached = getProvinceCommunes(seeded, '79', date).filter((c) => c.landData.reached).length;
      expect(reached).toBe(hcm.metrics.communes_digitized!.value);
    }
  });
});

describe('writing commune figures', () => {
  const province = listUnits(fresh, '2025').find((u) => u.code === '79')!;
  const [a, b] = communesOf(fresh, '79');
  const provinceRows = (metric: Parameters<typeof metricByKey>[0]) =>
    fresh.sqlite.prepare(`SELECT report_date AS date, value FROM observations WHERE unit_id = ? AND metric_id = ? ORDER BY report_date`).all(province.id, id(metric));

  it('rolls them up into the province from the first commune figure on; earlier direct figures stand', () => {
    const batch = { source: 'script', actor: 'test' } as const;
    writeObservations(fresh, batch, [
      { unitId: province.id, metricId: id('land_parcels_digitized'), reportDate: '2025-07-01', value: 1000 },
      { unitId: province.id, metricId: id('land_parcels_digitized'), reportDate: '2025-08-06', value: 5000 },
    ]);
    const written = writeObservations(fresh, batch, [
      { unitId: a.id, metricId: id('land_parcels_digitized'), reportDate: '2025-07-30', value: 700 },
      { unitId: b.id, metricId: id('land_parcels_digitized'), reportDate: '2025-08-13', value: 400 },
      { unitId: a.id, metricId: id('land_data_digitized'), reportDate: '2025-07-30', value: 1 },
    ]);
    expect(written.inserted).toBe(3 + 2 + 1); // three commune rows; 30/7 and 13/8 new, 6/8 corrected; communes_digitized 30/7
    expect(written.corrected).toBe(1);
    expect(provinceRows('land_parcels_digitized')).toEqual([
      { date: '2025-07-01', value: 1000 },
      { date: '2025-07-30', value: 700 },
      { date: '2025-08-06', value: 700 },
      { date: '2025-08-13', value: 1100 },
    ]);
    expect(provinceRows('communes_digitized')).toEqual([{ date: '2025-07-30', value: 1 }]);
    const audit = fresh.sqlite.prepare(`SELECT reason FROM observation_audit WHERE unit_id = ? AND report_date = '2025-08-06'`).pluck().all(province.id);
    expect(audit.at(-1)).toContain('rolled up from its communes');
  });
});

describe('one commune', () => {
  it('is found by its province and its own code, and only under its own province', () => {
    const found = findCommune(seeded, '79', '27004')!;
    expect(found.commune.code).toBe('27004');
    expect(found.commune.level).toBe('commune');
    expect(found.province.code).toBe('79');
    expect(findCommune(seeded, '75', '27004')).toBeNull(); // another province's commune
    expect(findCommune(seeded, '74', '27004')).toBeNull(); // a 2024 code
    expect(findCommune(seeded, '79', '99999')).toBeNull();
    expect(findCommune(seeded, '79', '79')).toBeNull(); // a province is not a commune
  });

  it('reads its whole history, the rows the list reads on each date', () => {
    const { commune } = findCommune(seeded, '79', '27004')!;
    const { landData, parcels } = communeReports(seeded, commune.id);
    expect(parcels.length).toBeGreaterThan(15);
    expect(landData.length).toBeGreaterThan(0);
    expect(parcels.map((p) => p.date)).toEqual([...parcels.map((p) => p.date)].sort());
    const listed = getProvinceCommunes(seeded, '79', '2025-11-12').find((c) => c.code === '27004')!;
    expect(listed.parcels?.value).toBe(parcels.filter((p) => p.date <= '2025-11-12').at(-1)?.value);
  });
});
