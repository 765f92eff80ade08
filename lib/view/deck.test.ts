import { describe, expect, it } from 'vitest';
import { communeLag, deckQuery, parseDeckOptions, planSlides, RANKING_ROWS_PER_SLIDE } from './deck';
import { communeStatus } from '../communes/communes';

describe('parseDeckOptions', () => {
  it('reads every option of the URL', () => {
    const { options, ignored } = parseDeckOptions({
      group: 'hoi-nghi-14-11-2024', meeting: '2', units: '79, 75,79', edition: '2024', date: '2024-11-13',
      metrics: 'health_book_records,districts_digitized', interval: '15', lang: 'en', theme: 'dark',
    });
    expect(ignored).toEqual([]);
    expect(options).toEqual({
      group: 'hoi-nghi-14-11-2024', meeting: '2', units: ['79', '75'], edition: '2024', date: '2024-11-13',
      metrics: ['health_book_records', 'districts_digitized'], interval: 15, lang: 'en', theme: 'dark',
    });
  });

  it('falls back to defaults and says what it ignored', () => {
    const { options, ignored } = parseDeckOptions({ edition: '2030', date: '2024-02-30', units: '79,x1', metrics: 'nope', interval: '2', lang: 'fr', theme: 'neon', meeting: 'Hội nghị' });
    expect(options).toMatchObject({ edition: null, date: null, units: ['79'], metrics: null, interval: 0, lang: 'vi', theme: 'light', meeting: null });
    expect(ignored.map((i) => i.parameter).sort()).toEqual(['date', 'edition', 'interval', 'lang', 'meeting', 'metrics', 'theme', 'units']);
  });

  it('round-trips through deckQuery', () => {
    const query = '?group=g&meeting=7&units=79,75&edition=2024&date=2024-11-13&metrics=health_book_records&interval=20&lang=en&theme=dark';
    const params = Object.fromEntries(new URLSearchParams(query));
    expect(deckQuery(parseDeckOptions(params).options)).toBe(query.replace(',', '%2C'));
    expect(deckQuery(parseDeckOptions({}).options)).toBe('');
  });
});

describe('planSlides', () => {
  it('title, summary, a ranking per metric, the map, then each chosen province', () => {
    const slides = planSlides(['health_book_records', 'civil_status_digitized'], { health_book_records: ['79', '01'], civil_status_digitized: ['01', '79'] }, ['79', '01']);
    expect(slides.map((s) => s.kind)).toEqual(['title', 'summary', 'ranking', 'ranking', 'map', 'province', 'province']);
    expect(slides[2]).toEqual({ kind: 'ranking', metric: 'health_book_records', codes: ['79', '01'], part: 1, parts: 1 });
    expect(slides[4]).toEqual({ kind: 'map', metric: 'health_book_records' });
  });

  it("a meeting's deck has 'since the last meeting' and 'actions from the last meeting' right after the national slide", () => {
    const slides = planSlides(['health_book_records'], { health_book_records: ['79'] }, ['79'], true);
    expect(slides.map((s) => s.kind)).toEqual(['title', 'summary', 'changes', 'actions', 'ranking', 'map', 'province']);
    expect(planSlides(['health_book_records'], { health_book_records: ['79'] }, ['79']).some((s) => s.kind === 'changes' || s.kind === 'actions')).toBe(false);
  });

  it('splits a long ranking over several slides and has no province slides for the whole country', () => {
    const codes = Array.from({ length: 34 }, (_, i) => String(i + 10));
    const slides = planSlides(['health_book_records'], { health_book_records: codes }, null);
    const rankings = slides.filter((s) => s.kind === 'ranking');
    expect(rankings).toHaveLength(Math.ceil(34 / RANKING_ROWS_PER_SLIDE));
    expect(rankings.flatMap((s) => (s.kind === 'ranking' ? s.codes : []))).toEqual(codes);
    expect(slides.some((s) => s.kind === 'province')).toBe(false);
  });
});

describe('communeLag (the province slide of the 2025 edition)', () => {
  const status = (code: string, name: string, land: { date: string; value: number }[], asOf = '2025-10-01') =>
    communeStatus({ code, nameVi: name, nameAscii: name, kind: 'commune' }, { landData: land }, asOf);

  it('counts the communes not yet reached and names the five with the oldest gap', () => {
    const statuses = [
      status('00001', 'Xã Một', [{ date: '2025-09-01', value: 0 }]),
      status('00002', 'Xã Hai', [{ date: '2025-07-01', value: 1 }]),
      status('00003', 'Xã Ba', []),
      status('00004', 'Xã Bốn', [{ date: '2025-08-01', value: 0 }]),
      status('00005', 'Xã Năm', [{ date: '2025-09-10', value: 0 }]),
      status('00006', 'Xã Sáu', [{ date: '2025-07-15', value: 0 }]),
      status('00007', 'Xã Bảy', [{ date: '2025-09-20', value: 0 }]),
    ];
    expect(communeLag(statuses)).toEqual({ count: 6, oldest: ['Xã Ba', 'Xã Sáu', 'Xã Bốn', 'Xã Một', 'Xã Năm'] });
  });

  it('names none when every commune reached it', () => {
    expect(communeLag([status('00002', 'Xã Hai', [{ date: '2025-07-01', value: 1 }])])).toEqual({ count: 0, oldest: [] });
  });
});
