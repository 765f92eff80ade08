// Targets are checked like figures: neither the baseline nor the target may exceed what the unit
// can reach (a share's denominator, 1 for a milestone), by the same rule as reported values.
import { describe, expect, it } from 'vitest';
import { validateTargets, type TargetRowInput } from './target-rules';
import type { UnitFacts } from './observation-rules';

const units = { '2024': new Map<string, UnitFacts>([['74', { districts: 9, communes: null }]]), '2025': new Map<string, UnitFacts>([['79', { districts: null, communes: 168 }]]) };
const row = (over: Partial<TargetRowInput>): TargetRowInput => ({
  row: 2, unit: '79', metric: 'communes_digitized', baselineDate: '2025-07-01', baselineValue: '0', dueDate: '2026-12-31', targetValue: '168', note: '', ...over,
});
const fields = (over: Partial<TargetRowInput>) => validateTargets([row(over)], units).problems.map((p) => [p.field, p.message.en]);

describe('a target above the unit\'s denominator', () => {
  it('is refused for the baseline as for the target', () => {
    expect(fields({ baselineValue: '169' })).toEqual([['baselineValue', "Baseline 169 is more than the unit's 168."]]);
    expect(fields({ targetValue: '169' })).toEqual([['targetValue', "Target 169 is more than the unit's 168."]]);
    expect(fields({ baselineValue: '168', targetValue: '168' })).toEqual([]);
  });

  it('uses the districts of a 2024 unit and 1 for a milestone', () => {
    expect(fields({ unit: '74', metric: 'districts_digitized', baselineDate: '2024-01-01', baselineValue: '10', targetValue: '9' })).toEqual([['baselineValue', "Baseline 10 is more than the unit's 9."]]);
    expect(fields({ metric: 'civil_status_digitized', baselineValue: '2', targetValue: '1' })).toEqual([['baselineValue', "Baseline 2 is more than the unit's 1."]]);
  });

  it('leaves running totals unbounded', () => {
    expect(fields({ metric: 'health_book_records', baselineValue: '90000000', targetValue: '99000000' })).toEqual([]);
  });
});
