import { describe, expect, it } from 'vitest';
import { parseDeckOptions } from './deck';
import { parseOverviewState } from './overview-state';
import { leagueQuery, reportQuery } from '../validation';
import { ignoredText, paramProblem, readParams, type ParamName } from './params';

describe('one rule per view parameter', () => {
  it.each([
    ['date', '2024-11-13', null],
    ['date', '2024-02-30', 'date must be a calendar date written YYYY-MM-DD'],
    ['date', '13/11/2024', 'date must be a calendar date written YYYY-MM-DD'],
    ['edition', '2025', null],
    ['edition', '2026', 'edition must be 2024 or 2025'],
    ['metric', 'civil_status_digitized', null],
    ['metric', 'nope', expect.stringMatching(/^metric must be one of health_book_records, /)],
    ['group', 'hoi-nghi-14-11-2024', null],
    ['group', 'Hội nghị', 'group must be a meeting-group slug'],
    ['meeting', '12', null],
    ['meeting', 'hoi-nghi-14-11-2024', null],
    ['meeting', 'Hội nghị', 'meeting must be a meeting id or slug'],
    ['meeting', '1e3 ', 'meeting must be a meeting id or slug'],
    ['meeting', 'x'.repeat(81), 'meeting must be a meeting id or slug'],
    ['region', 'dong-nam-bo', null],
    ['region', 'mars', expect.stringMatching(/^region must be a region slug \(/)],
    ['units', '79,75', null],
    ['units', '79,x1', 'units must be two-digit province codes separated by commas'],
    ['lang', 'en', null],
    ['lang', 'fr', 'lang must be vi or en'],
    ['interval', '0', null],
    ['interval', '5', null],
    ['interval', '2', 'interval must be 0 or a whole number of seconds from 5 to 600'],
    ['interval', '1.5', 'interval must be 0 or a whole number of seconds from 5 to 600'],
    ['dir', 'up', 'dir must be asc or desc'],
  ] as const)('%s=%s → %s', (name, value, message) => {
    expect(paramProblem(name as ParamName, value)).toEqual(message);
  });

  it('says it in Vietnamese too', () => {
    expect(paramProblem('edition', '2026', 'vi')).toBe('edition phải là 2024 hoặc 2025');
  });

  it('the page, the deck and the API refuse the same bad value with the same message', () => {
    const bad = { date: '2024-02-30', edition: '2026' };
    const page = parseOverviewState(bad).ignored;
    const deck = parseDeckOptions(bad).ignored;
    const api = reportQuery.safeParse(bad);
    expect(api.success).toBe(false);
    const apiMessages = api.error!.issues.map((i) => `${i.path.join('.')} ${i.message}`).sort();
    expect(page.map((i) => i.message.en).sort()).toEqual(apiMessages);
    expect(deck.map((i) => i.message.en).sort()).toEqual(apiMessages);
    const league = leagueQuery.safeParse({ region: 'mars' });
    expect(`region ${league.error!.issues[0].message}`).toBe(parseOverviewState({ region: 'mars' }).ignored[0].message.en);
  });

  it('keeps the good items of a list and names the bad ones', () => {
    const { values, ignored } = readParams({ units: '79, x1,75', metrics: 'nope' }, ['units', 'metrics']);
    expect(values).toEqual({ units: '79,75' });
    expect(ignored.map((i) => [i.parameter, i.value])).toEqual([['units', 'x1'], ['metrics', 'nope']]);
    expect(ignoredText(ignored.slice(0, 1), 'vi')).toBe('units=x1 (units phải là các mã tỉnh hai chữ số cách nhau bởi dấu phẩy)');
  });

  it('an edition not asked for stays null on the page and the deck (the date decides it)', () => {
    expect(parseOverviewState({ date: '2024-11-13' }).state).toMatchObject({ edition: null, date: '2024-11-13' });
    expect(parseDeckOptions({ date: '2024-11-13' }).options).toMatchObject({ edition: null, date: '2024-11-13' });
    expect(parseOverviewState({ edition: '2025', date: '2024-11-13' }).state.edition).toBe('2025');
  });

  it('the overview reads a region or a group from its form\'s scope field', () => {
    expect(parseOverviewState({ scope: 'region:dong-nam-bo' }).state).toMatchObject({ region: 'dong-nam-bo', group: null });
    expect(parseOverviewState({ scope: 'group:hoi-nghi-14-11-2024' }).state).toMatchObject({ region: null, group: 'hoi-nghi-14-11-2024' });
  });
});

describe('rules over several parameters (the changes API)', () => {
  it('from after to, an edition without figures on the date: named, in both languages', async () => {
    const { dateRangeProblem, editionDateProblem, unknownUnitsProblem } = await import('./params');
    expect(dateRangeProblem('2024-10-02', '2024-10-02')).toBeNull();
    expect(dateRangeProblem('2024-11-13', '2024-10-02')).toEqual({
      parameter: 'from',
      message: { en: 'must be on or before to (2024-11-13 is after 2024-10-02)', vi: 'phải trước hoặc cùng ngày to (13/11/2024 sau 02/10/2024)' },
    });
    expect(editionDateProblem('2024', '2025-06-30')).toBeNull();
    expect(editionDateProblem('2025', '2024-01-01')).toBeNull();
    expect(editionDateProblem('2024', '2025-07-01')?.message.vi).toBe(
      '2024 không có số liệu ngày 01/07/2025: các tỉnh của địa giới này không còn số liệu sau 30/06/2025 (dùng edition 2025)',
    );
    expect(unknownUnitsProblem('2025', [])).toBeNull();
    expect(unknownUnitsProblem('2025', [{ code: '74', see: ['79'] }, { code: '99', see: [] }])?.message.vi).toBe('phải là tỉnh của địa giới 2025: không có 74 (xem 79), 99');
  });
});
