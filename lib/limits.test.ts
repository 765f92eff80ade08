import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS, MAX_TEXT_CHARS, ProblemList, textTooLong } from './limits';

const p = (row: number, field = 'value') => ({ row, field });

describe('ProblemList', () => {
  it('keeps the first problems by row, in arrival order within a row, and counts the rest by field', () => {
    const list = new ProblemList<{ row: number; field: string }>(3);
    list.push(p(5), p(6, 'date'), p(2, 'unit'), p(2, 'date'), p(9), p(1, 'row'));
    expect(list.length).toBe(6);
    expect(list.result()).toEqual({
      problems: [p(1, 'row'), p(2, 'unit'), p(2, 'date')],
      more: { count: 3, byKind: { value: 2, date: 1 } },
    });
  });

  it('says nothing more when everything fits, and holds 200 by default', () => {
    expect(new ProblemList().result()).toEqual({ problems: [], more: null });
    const list = new ProblemList();
    for (let i = 0; i < 100_000; i++) list.push(p(i + 2));
    const { problems, more } = list.result();
    expect(MAX_PROBLEMS).toBe(200);
    expect(problems).toHaveLength(200);
    expect(more).toEqual({ count: 99_800, byKind: { value: 99_800 } });
  });
});

describe('textTooLong', () => {
  it('takes 500 characters, counting a character outside the BMP once, and names the text beyond', () => {
    expect(MAX_TEXT_CHARS).toBe(500);
    expect(textTooLong('ệ'.repeat(500), { vi: 'Ghi chú', en: 'The note' })).toBeNull();
    expect(textTooLong('😀'.repeat(500), { vi: 'Ghi chú', en: 'The note' })).toBeNull();
    expect(textTooLong('a'.repeat(3_000_000), { vi: 'Ghi chú', en: 'The note' })).toEqual({
      vi: 'Ghi chú dài 3.000.000 ký tự: tối đa 500 ký tự.',
      en: 'The note is 3,000,000 characters long: at most 500 are allowed.',
    });
  });
});
