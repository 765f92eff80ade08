import { describe, expect, it } from 'vitest';
import { safeLocalPath } from './local-path';

describe('safeLocalPath', () => {
  const kept = [
    '/',
    '/provinces/79',
    '/provinces/79?edition=2024&date=2024-11-13',
    '/data/audit?actor=bao.cao%40hcm.gov.vn&unit=79',
    '/?view=league#table',
    '/present?units=79,01&lang=en',
    '/x?q=100%25', // a literal per cent sign, decoded once
    '/x?q=100%', // and one that is no escape at all
    '/data/audit?actor=nguy%E1%BB%85n', // UTF-8, percent-encoded
  ];
  it.each(kept)('keeps the local path %s', (path) => {
    expect(safeLocalPath(path)).toBe(path);
  });

  const refused: [string, unknown][] = [
    ['a backslash after the slash', '/\\evil.example'],
    ['an encoded backslash', '/%5Cevil.example'],
    ['a doubly encoded backslash', '/%255Cevil.example'],
    ['a backslash later on', '/provinces\\79'],
    ['a tab browsers strip', '/\t/evil.example'],
    ['an encoded tab', '/%09/evil.example'],
    ['an encoded CR LF (header splitting)', '/%0D%0ASet-Cookie:%20x=1'],
    ['a raw CR LF', '/\r\nSet-Cookie: x=1'],
    ['a NUL', '/%00'],
    ['DEL', '/%7F'],
    ['a C1 control', '/%C2%85'],
    ['non-ASCII text as given', '/tỉnh/79'],
    ['a protocol-relative URL', '//evil.example'],
    ['an encoded second slash', '/%2Fevil.example'],
    ['a thrice encoded second slash', '/%25252Fevil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['a scheme', 'javascript:alert(1)'],
    ['an encoded scheme', '%6Aavascript:alert(1)'],
    ['a relative path', 'provinces/79'],
    ['an empty string', ''],
    ['nothing', undefined],
    ['not a string', ['/a', '/b']],
    ['the login with an encoded backslash and a host', '/%5C127.0.0.1:3932/x'],
    ['nesting deeper than the rounds of decoding', `/${'%25'.repeat(1)}${'25'.repeat(8)}2F`],
    ['a very long target', `/${'a'.repeat(5000)}`],
  ];
  it.each(refused)('refuses %s', (_, target) => {
    expect(safeLocalPath(target)).toBe('/');
  });
});
