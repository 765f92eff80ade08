import { describe, expect, it } from 'vitest';
import { communeHistoryRows, communeStatus, laggingCommunes, communeRow, type CommuneStatus } from './communes';

const commune = (code: string) => ({ code, nameVi: `Xã ${code}`, nameAscii: `Xa ${code}`, kind: 'commune' });

describe('a commune over time (the commune page)', () => {
  const reports = {
    landData: [{ date: '2025-07-01', value: 0 }, { date: '2025-08-06', value: 1 }],
    parcels: [{ date: '2025-07-01', value: 100 }, { date: '2025-07-29', value: 180 }, { date: '2025-09-02', value: 260 }],
  };

  it('has one row per report date of either metric, newest first, reached from the milestone date on', () => {
    expect(communeHistoryRows(reports, '2025-12-31')).toEqual([
      { date: '2025-09-02', reached: true, parcels: 260 },
      { date: '2025-08-06', reached: true, parcels: null },
      { date: '2025-07-29', reached: false, parcels: 180 },
      { date: '2025-07-01', reached: false, parcels: 100 },
    ]);
  });

  it('leaves out reports after the date', () => {
    expect(communeHistoryRows(reports, '2025-08-01').map((r) => r.date)).toEqual(['2025-07-29', '2025-07-01']);
    expect(communeHistoryRows({ landData: [], parcels: [] }, '2025-08-01')).toEqual([]);
  });
});

describe('laggingCommunes (the deck names the first five)', () => {
  it('keeps those not yet reached, the longest without a report first (never reported first), then by code', () => {
    const asOf = '2025-10-01';
    const statuses = [
      communeStatus(commune('00010'), { landData: [{ date: '2025-09-01', value: 0 }] }, asOf),
      communeStatus(commune('00020'), { landData: [{ date: '2025-07-01', value: 1 }] }, asOf), // reached
      communeStatus(commune('00030'), {}, asOf), // never reported
      communeStatus(commune('00005'), { landData: [{ date: '2025-08-01', value: 0 }], parcels: [{ date: '2025-08-15', value: 3 }] }, asOf),
      communeStatus(commune('00001'), { landData: [{ date: '2025-09-01', value: 0 }] }, asOf),
      communeStatus(commune('00040'), { landData: [{ date: '2025-09-01', value: 0 }, { date: '2025-11-01', value: 1 }] }, asOf), // reached later
    ];
    expect(laggingCommunes(statuses).map((s) => s.code)).toEqual(['00030', '00005', '00001', '00010', '00040']);
  });
});

describe('communeRow', () => {
  const status = (name: string, nameAscii: string, reached: boolean): CommuneStatus => ({
    code: '26734', name, nameAscii, kind: 'ward',
    landData: { reached, date: reached ? '2025-08-13' : null },
    parcels: { value: 123456, reportDate: '2026-11-25' },
    lastReport: '2026-11-25',
  });

  it('is the list\'s tuple, in its order, with the texts given', () => {
    expect(communeRow(status('Phường Sài Gòn', 'Phuong Sai Gon', true), { reached: 'đã đạt 13/08/2025', parcels: '123.456', lastReport: '25/11/2026' }))
      .toEqual(['26734', 'Phường Sài Gòn', '', 'ward', 1, '2025-08-13', 'đã đạt 13/08/2025', 123456, '123.456', '2026-11-25', '25/11/2026']);
    expect(communeRow(status('Xã A', 'Xa A', false), { reached: null, parcels: null, lastReport: null }).slice(4, 7)).toEqual([0, null, null]);
  });

  it('keeps the name without tone marks only when folding the name does not give it', () => {
    expect(communeRow(status('Phường Sài Gòn', 'Phuong Sai Gon Cu', true), { reached: null, parcels: null, lastReport: null })[2]).toBe('Phuong Sai Gon Cu');
  });
});
