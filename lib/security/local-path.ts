// The one rule for where a redirect may go when its target comes from a request (`/lang?back=`,
// the login form's `next`, …): a path of this site, or else the overview `/`.
//
// A browser reads `/\evil.example`, `/%09/evil.example` (a tab it strips) or `//evil.example` as
// another host, and a header with CR/LF or non-ASCII text cannot even be sent. So a target is local
// only when it is printable ASCII and, as given and after every round of percent-decoding, starts
// with one `/` followed by neither `/` nor `\`, holds no `\` and no control character, and
// resolves to this site's origin.

const FALLBACK = '/';
const BASE = 'http://local.invalid';
/** Rounds of percent-decoding looked through; a target nested deeper is refused. */
const MAX_DECODES = 5;
const MAX_LENGTH = 2048;

/** Percent-decoding that never throws: runs of escapes as UTF-8, or byte by byte when they are not. */
function decodeOnce(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  });
}

function looksLocal(text: string): boolean {
  // No C0 or C1 control character (tab, CR, LF, NUL, DEL …): browsers strip some of them.
  if (/[\u0000-\u001f\u007f-\u009f]/.test(text)) return false;
  if (!text.startsWith('/') || text.startsWith('//') || text.includes('\\')) return false;
  try {
    return new URL(text, BASE).origin === BASE;
  } catch {
    return false;
  }
}

/** `target` when it is a path of this site, else `/`. */
export function safeLocalPath(target: unknown): string {
  if (typeof target !== 'string' || target.length > MAX_LENGTH) return FALLBACK;
  // What goes into a Location header must be printable ASCII as given.
  if (!/^[\x20-\x7e]+$/.test(target)) return FALLBACK;
  let text = target;
  for (let round = 0; round <= MAX_DECODES; round++) {
    if (!looksLocal(text)) return FALLBACK;
    const decoded = decodeOnce(text);
    if (decoded === text) return target;
    text = decoded;
  }
  return FALLBACK;
}
