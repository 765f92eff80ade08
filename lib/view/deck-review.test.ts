import { describe, expect, it } from 'vitest';
import type { Changes, Improvement, Slip } from '../changes';
import { actionsSlide, changesSlide, countActions, fitText, provinceSlideActions, REVIEW_LIMITS, type ReviewAction } from './deck-review';

const action = (id: number, status: ReviewAction['status'], overdue = false): ReviewAction => ({ id, unitName: 'Thanh Hóa', action: `Biện pháp ${id}`, dueDate: '2025-01-31', status, overdue });

describe('fitText', () => {
  it('keeps a short text, cuts a long one at a word with an ellipsis, never longer than asked', () => {
    expect(fitText('  Mở   rộng  ', 20)).toBe('Mở rộng');
    const cut = fitText('Mở rộng tiếp nhận hồ sơ cấp Phiếu lý lịch tư pháp trên VNeID', 20);
    expect(cut).toBe('Mở rộng tiếp nhận…');
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(fitText('Mộttừrấtdàikhôngcókhoảngtrắng', 10)).toBe('Mộttừrấtd…');
  });
});

describe('changesSlide', () => {
  it('keeps the delta ranking and the slipped order, as many as fit, and says how many more', () => {
    const improved: Improvement[] = Array.from({ length: 12 }, (_, i) => ({ code: String(10 + i), name: `T${i}`, score: 0.2 - i / 100, metrics: 5 }));
    const slipped: Slip[] = Array.from({ length: 5 }, (_, i) => ({ code: String(40 + i), name: `S${i}`, metrics: [{ metric: 'health_book_records', statusFrom: 'on_track', statusTo: 'behind' }] }));
    const data = changesSlide({ from: '2024-11-14', to: '2024-12-26', improved, slipped } as Changes);
    expect(data.improved.shown.map((u) => u.code)).toEqual(improved.slice(0, REVIEW_LIMITS.improved).map((u) => u.code));
    expect(data.improved.more).toBe(12 - REVIEW_LIMITS.improved);
    expect(data.slipped).toEqual({ shown: slipped.slice(0, REVIEW_LIMITS.slipped), more: 1 });
    expect(data).toMatchObject({ from: '2024-11-14', to: '2024-12-26' });
  });
});

describe('the actions of the last meeting', () => {
  it('counts done, in progress (to do or doing, not overdue) and overdue; cancelled in none', () => {
    const list = [action(1, 'doing', true), action(2, 'todo', true), action(3, 'doing'), action(4, 'todo'), action(5, 'done'), action(6, 'cancelled')];
    expect(countActions(list)).toEqual({ done: 1, doing: 2, overdue: 2 });
    const many = Array.from({ length: 11 }, (_, i) => action(i + 1, 'todo'));
    const data = actionsSlide(many);
    expect(data.shown.map((a) => a.id)).toEqual(many.slice(0, REVIEW_LIMITS.actions).map((a) => a.id));
    expect(data.more).toBe(11 - REVIEW_LIMITS.actions);
  });

  it('a province slide shows all its open actions when they fit, else one fewer and "… N more"', () => {
    const fits = Array.from({ length: REVIEW_LIMITS.provinceActions }, (_, i) => action(i + 1, 'todo'));
    expect(provinceSlideActions(fits)).toEqual({ shown: fits, more: 0 });
    const over = [...fits, action(99, 'doing')];
    expect(provinceSlideActions(over)).toEqual({ shown: over.slice(0, REVIEW_LIMITS.provinceActions - 1), more: 2 });
    // Beside the lagging communes there is room for one line fewer.
    expect(provinceSlideActions(fits, true)).toEqual({ shown: fits.slice(0, REVIEW_LIMITS.provinceActionsBesideCommunes - 1), more: 2 });
  });
});
