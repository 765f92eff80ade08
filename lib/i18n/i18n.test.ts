// The two catalogues must say the same things: every key in both, the same arguments in each
// message, and every message well-formed ICU in its language.
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { catalogueMismatches, messageArguments } from './check';
import { MESSAGES, statusLabel, translator } from './i18n';

describe('catalogueMismatches', () => {
  it('finds a key missing in either language, at any depth', () => {
    expect(catalogueMismatches({ A: { x: 'a', y: 'b' } }, { A: { x: 'a' } })).toEqual(['A.y: only in vi']);
    expect(catalogueMismatches({ A: { x: 'a' } }, { A: { x: 'a' }, B: 'c' })).toEqual(['B: only in en']);
    expect(catalogueMismatches({ A: { x: 'a' } }, { A: 'a' })).toEqual(['A: a group in vi, a message in en']);
  });

  it('finds arguments that differ', () => {
    expect(catalogueMismatches({ m: '{count} lỗi' }, { m: '{n} problems' })).toEqual(['m: arguments {count} in vi, {n} in en']);
    expect(catalogueMismatches({ m: 'sau {minutes} phút' }, { m: 'in {minutes, plural, one {# minute} other {# minutes}}' })).toEqual([]);
  });

  it('reads argument names, not plural branches', () => {
    expect(messageArguments('{a} và {b, plural, one {# x} other {# y {c}}}')).toEqual(['a', 'b', 'c']);
    expect(messageArguments('no arguments')).toEqual([]);
  });
});

describe('messages/vi.json and messages/en.json', () => {
  it('hold the same keys with the same arguments', () => {
    expect(catalogueMismatches(MESSAGES.vi, MESSAGES.en)).toEqual([]);
  });

  it('are well-formed: every message formats in its language without error', () => {
    for (const locale of ['vi', 'en'] as const) {
      const errors: string[] = [];
      const t = createTranslator({ locale, messages: MESSAGES[locale], onError: (e) => errors.push(e.message) });
      const walk = (node: object, prefix: string) => {
        for (const [key, value] of Object.entries(node)) {
          const path = prefix ? `${prefix}.${key}` : key;
          if (typeof value === 'string') {
            const args = Object.fromEntries(messageArguments(value).map((a) => [a, 1]));
            (t as unknown as (k: string, a: object) => string)(path, args);
          } else walk(value as object, path);
        }
      };
      walk(MESSAGES[locale], '');
      expect(errors, locale).toEqual([]);
    }
  });

  it('translate with arguments and plurals', () => {
    expect(translator('vi', 'Login')('limited', { minutes: 1 })).toBe('Quá nhiều lần đăng nhập sai: hãy thử lại sau 1 phút.');
    expect(translator('en', 'Login')('limited', { minutes: 1 })).toBe('Too many failed sign-ins: try again in 1 minute.');
    expect(translator('en', 'Login')('limited', { minutes: 4 })).toBe('Too many failed sign-ins: try again in 4 minutes.');
    expect(statusLabel('on_track', 'vi')).toBe('Đúng tiến độ');
    expect(statusLabel('no_data', 'en')).toBe('No data');
  });
});
