import { describe, expect, it } from 'vitest';
import { classifyWeek, combine, daysOverdue, isExpected, tally, type ReportingUnit } from './completeness';
import { deadlineOf, DEFAULT_RULE, readRule } from './rules';
import { parseWeek, weekOfDate, weekOfInstant, weeksEndingWith } from './weeks';

const week = (key: string) => parseWeek(key)!;

describe('the period: ISO week in Vietnam', () => {
  it('2026-W48 runs Monday 23/11 to Sunday 29/11/2026', () => {
    expect(week('2026-W48')).toMatchObject({ year: 2026, week: 48, monday: '2026-11-23', sunday: '2026-11-29' });
    expect(weekOfDate('2026-11-29').key).toBe('2026-W48');
    expect(weekOfDate('2026-11-30').key).toBe('2026-W49');
  });
  it('belongs to the year of its Thursday', () => {
    expect(weekOfDate('2024-12-30').key).toBe('2025-W01');
    expect(weekOfDate('2027-01-01').key).toBe('2026-W53');
    expect(parseWeek('2026-W53')?.monday).toBe('2026-12-28');
    expect(parseWeek('2025-W53')).toBeNull();
    for (const bad of ['2026-W00', '2026-W5', '2026-48', 'W48', '2026-W48x']) expect(parseWeek(bad)).toBeNull();
  });
  it('takes an instant on Vietnam\'s calendar: Sunday 23:30 in Hanoi is Sunday 16:30 UTC', () => {
    expect(weekOfInstant(new Date('2026-11-29T16:30:00Z')).key).toBe('2026-W48');
    expect(weekOfInstant(new Date('2026-11-29T17:30:00Z')).key).toBe('2026-W49'); // Monday 00:30 in Hanoi
  });
  it('lists weeks oldest first', () => {
    expect(weeksEndingWith(week('2026-W02'), 3).map((w) => w.key)).toEqual(['2025-W52', '2026-W01', '2026-W02']);
  });
});

describe('the deadline', () => {
  it('is by default the Monday after the week at 12:00 in Vietnam', () => {
    expect(deadlineOf(week('2026-W48'), DEFAULT_RULE)).toBe('2026-11-30T05:00:00.000Z');
  });
  it('follows a metric\'s setting', () => {
    expect(deadlineOf(week('2026-W48'), { deadlineDays: 3, deadlineTime: '17:30' })).toBe('2026-12-02T10:30:00.000Z');
  });
  it('a setting is read and checked', () => {
    expect(readRule({ deadlineDays: '2', deadlineTime: '09:00', weekly: 'on' })).toEqual({ ok: true, rule: { deadlineDays: 2, deadlineTime: '09:00', weekly: true } });
    const bad = readRule({ deadlineDays: '-1', deadlineTime: '25:00', weekly: 'maybe' });
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual(['deadlineDays', 'deadlineTime', 'weekly']);
    expect(readRule({ deadlineDays: '29', deadlineTime: '12:00', weekly: true }).ok).toBe(false);
  });
});

const W48 = week('2026-W48');
const DEADLINE = deadlineOf(W48, DEFAULT_RULE); // 30/11/2026 12:00 in Hanoi
const province = (id: number, code: string, extra: Partial<ReportingUnit> = {}): ReportingUnit => ({ id, code, validFrom: '2025-07-01', validTo: null, ...extra });

describe('received, on time, late, missing', () => {
  const units = [province(1, '01'), province(2, '79'), province(3, '48')];
  it('on time by the batch\'s time, late after the deadline, missing without a figure', () => {
    const states = classifyWeek(units, W48, [
      { unitId: 1, reportDate: '2026-11-25', receivedAt: '2026-11-26T02:00:00Z' },
      // Dated inside the week but sent after the deadline: late, whatever its date says.
      { unitId: 2, reportDate: '2026-11-25', receivedAt: '2026-11-30T05:00:01Z' },
    ], DEADLINE);
    expect(states.map((s) => [s.code, s.state])).toEqual([['01', 'onTime'], ['79', 'late'], ['48', 'missing']]);
    const t = tally(states);
    expect(t).toMatchObject({ expected: 3, received: 2, onTime: 1, late: 1, missing: 1 });
    expect(t.receivedRate).toEqual({ numerator: 2, denominator: 3, ratio: 2 / 3 });
  });
  it('exactly at the deadline is on time', () => {
    expect(classifyWeek([units[0]], W48, [{ unitId: 1, reportDate: '2026-11-29', receivedAt: DEADLINE }], DEADLINE)[0].state).toBe('onTime');
  });
  it('a figure dated outside the week does not count, however early it came', () => {
    const states = classifyWeek([units[0]], W48, [
      { unitId: 1, reportDate: '2026-11-22', receivedAt: '2026-11-23T01:00:00Z' },
      { unitId: 1, reportDate: '2026-11-30', receivedAt: '2026-11-30T01:00:00Z' },
    ], DEADLINE);
    expect(states[0].state).toBe('missing');
  });
  it('a correction of an older week keeps the week as first received', () => {
    // Received on time; corrected (or another figure of the week added) months later.
    const states = classifyWeek([units[0]], W48, [
      { unitId: 1, reportDate: '2026-11-27', receivedAt: '2027-02-01T03:00:00Z' },
      { unitId: 1, reportDate: '2026-11-25', receivedAt: '2026-11-27T03:00:00Z' },
    ], DEADLINE);
    expect(states[0]).toMatchObject({ state: 'onTime', receivedAt: '2026-11-27T03:00:00Z' });
  });
  it('figures of units not expected never count: a rate is never above 100%', () => {
    const t = tally(classifyWeek(units, W48, [1, 2, 3, 4, 5].map((unitId) => ({ unitId, reportDate: '2026-11-25', receivedAt: '2026-11-26T00:00:00Z' })), DEADLINE));
    expect(t.receivedRate).toEqual({ numerator: 3, denominator: 3, ratio: 1 });
  });
  it('nothing expected: no rate, not 0%', () => {
    expect(tally([]).receivedRate).toEqual({ numerator: 0, denominator: 0, ratio: null });
  });
});

describe('expected: the units in force on the week\'s Sunday', () => {
  it('a unit added mid-year is expected from the week it exists', () => {
    const added = province(9, '99', { validFrom: '2026-06-10' }); // a Wednesday
    expect(isExpected(added, week('2026-W23'))).toBe(false); // 1-7/6
    expect(isExpected(added, week('2026-W24'))).toBe(true); // 8-14/6
  });
  it('across the merger of 1/7/2025: the 63 until the week of 23-29/6, the 34 from the week of 30/6-6/7', () => {
    const hcm2024 = province(74, '74-2024', { validFrom: '2008-08-01', validTo: '2025-06-30' });
    const bd2024 = province(75, '75-2024', { validFrom: '2008-08-01', validTo: '2025-06-30' });
    const hcm2025 = province(79, '79', { predecessorIds: [74, 75] });
    const all = [hcm2024, bd2024, hcm2025];
    const w26 = week('2025-W26');
    const w27 = week('2025-W27');
    const receipts = [
      { unitId: 74, reportDate: '2025-06-25', receivedAt: '2025-06-26T02:00:00Z' },
      { unitId: 74, reportDate: '2025-06-30', receivedAt: '2025-06-30T09:00:00Z' }, // the 63-province map's last day
    ];
    expect(classifyWeek(all, w26, receipts, deadlineOf(w26, DEFAULT_RULE)).map((s) => [s.code, s.state])).toEqual([['74-2024', 'onTime'], ['75-2024', 'missing']]);
    // In the merger's week the new province is expected, and its predecessor's figure counts for it.
    expect(classifyWeek(all, w27, receipts, deadlineOf(w27, DEFAULT_RULE)).map((s) => [s.code, s.state])).toEqual([['79', 'onTime']]);
  });
});

describe('a commune-level metric: the province through its communes', () => {
  const communes = [1, 2, 3, 4].map((i) => ({ ...province(100 + i, `2680${i}`) }));
  it('is whole only when every commune reported, and late when any was late', () => {
    const receipts = [
      { unitId: 101, reportDate: '2026-11-25', receivedAt: '2026-11-25T03:00:00Z' },
      { unitId: 102, reportDate: '2026-11-26', receivedAt: '2026-11-26T03:00:00Z' },
      { unitId: 103, reportDate: '2026-11-26', receivedAt: '2026-12-01T03:00:00Z' },
    ];
    const states = classifyWeek(communes, W48, receipts, DEADLINE);
    expect(tally(states)).toMatchObject({ expected: 4, received: 3, onTime: 2, late: 1, missing: 1 });
    expect(combine(states)).toEqual({ state: 'missing', receivedAt: null });
    const whole = classifyWeek(communes, W48, [...receipts, { unitId: 104, reportDate: '2026-11-29', receivedAt: '2026-11-27T00:00:00Z' }], DEADLINE);
    expect(combine(whole)).toEqual({ state: 'late', receivedAt: '2026-12-01T03:00:00Z' });
    expect(combine([])).toBeNull();
  });
});

describe('days overdue', () => {
  it('counts Vietnam\'s calendar days after the deadline', () => {
    expect(daysOverdue(DEADLINE, new Date('2026-11-30T04:59:00Z'))).toBe(0);
    expect(daysOverdue(DEADLINE, new Date('2026-11-30T06:00:00Z'))).toBe(0);
    expect(daysOverdue(DEADLINE, new Date('2026-12-02T06:00:00Z'))).toBe(2);
  });
});
