import { describe, expect, it } from 'vitest';
import { METRICS, METRIC_KEYS, isMetricKey, metricByKey, metricsForEdition } from '@/lib/metrics';

describe('catalogue', () => {
  it('ids and keys are unique', () => {
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
    expect(new Set(METRIC_KEYS).size).toBe(METRICS.length);
  });

  it('share metrics name a denominator, others do not', () => {
    for (const m of METRICS) {
      if (m.kind === 'share') expect(m.denominator).not.toBeNull();
      else expect(m.denominator).toBeNull();
    }
  });

  it('every metric belongs to at least one edition and has names in both languages', () => {
    for (const m of METRICS) {
      expect(m.editions.length).toBeGreaterThan(0);
      expect(m.nameVi).not.toBe('');
      expect(m.nameEn).not.toBe('');
      expect(m.unitVi).not.toBe('');
      expect(m.unitEn).not.toBe('');
    }
  });
});

describe('isMetricKey', () => {
  it.each([
    ['health_book_records', true],
    ['districts_digitized', true],
    ['communes_digitized', true],
    ['civil_status_digitized', true],
    ['Health_Book_Records', false],
    ['unknown', false],
    ['', false],
  ])('%j → %s', (key, expected) => {
    expect(isMetricKey(key)).toBe(expected);
  });
});

describe('metricByKey', () => {
  it.each([
    ['health_book_records', 1, 'cumulative', null],
    ['judicial_record_applications', 2, 'cumulative', null],
    ['judicial_record_live', 3, 'milestone', null],
    ['districts_digitized', 4, 'share', 'districts'],
    ['communes_digitized', 5, 'share', 'communes'],
    ['land_parcels_digitized', 6, 'cumulative', null],
    ['civil_status_digitized', 7, 'milestone', null],
  ] as const)('%s → id %i, %s, denominator %s', (key, id, kind, denominator) => {
    const m = metricByKey(key);
    expect(m.id).toBe(id);
    expect(m.key).toBe(key);
    expect(m.kind).toBe(kind);
    expect(m.denominator).toBe(denominator);
  });
});

describe('metricsForEdition', () => {
  it.each([
    [
      '2024',
      [
        'health_book_records',
        'judicial_record_applications',
        'judicial_record_live',
        'districts_digitized',
        'land_parcels_digitized',
        'civil_status_digitized',
      ],
    ],
    [
      '2025',
      [
        'health_book_records',
        'judicial_record_applications',
        'judicial_record_live',
        'communes_digitized', // no districts after the merger
        'land_parcels_digitized',
        'civil_status_digitized',
      ],
    ],
  ] as const)('edition %s, in display order', (edition, keys) => {
    expect(metricsForEdition(edition).map((m) => m.key)).toEqual(keys);
  });
});
