import { describe, expect, it } from 'vitest';
import { draftFromQuery, invitedUnits, meetingInputFromForm } from './form';

const fresh = { title: '', date: '2025-09-01', place: '', baselineDate: '', units: [] };

describe('the meeting form', () => {
  it('reads back what a GET round trip carries, every ticked province', () => {
    expect(draftFromQuery({ title: 'Giao ban', date: '2025-09-10', place: 'Hà Nội', baselineDate: '', units: ['79', '01'] }, fresh))
      .toEqual({ title: 'Giao ban', date: '2025-09-10', place: 'Hà Nội', baselineDate: '', units: ['79', '01'] });
    expect(draftFromQuery({ title: 'Một tỉnh', date: '2025-09-10', units: '79' }, fresh).units).toEqual(['79']);
  });

  it('keeps the stored meeting (or a fresh form) when the URL carries no form', () => {
    const stored = { ...fresh, title: 'Hội nghị', units: ['79'] };
    expect(draftFromQuery({ lang: 'en' }, stored)).toBe(stored);
  });

  it('ticks a region and a copied list, on the map of the date, in its order, once each', () => {
    const map = ['01', '04', '75', '79', '92'];
    expect(invitedUnits(map, ['79'], ['01', '04'], ['79', '92', '74'])).toEqual(['01', '04', '79', '92']);
    expect(invitedUnits(map, ['74'])).toEqual([]);
  });

  it('posts every field as text to the one validator, and every ticked province', () => {
    const form = new FormData();
    form.set('title', 'T');
    form.set('date', '2025-09-10');
    form.append('units', '79');
    form.append('units', '01');
    expect(meetingInputFromForm(form)).toEqual({ title: 'T', date: '2025-09-10', place: undefined, baselineDate: undefined, units: ['79', '01'] });
  });
});
