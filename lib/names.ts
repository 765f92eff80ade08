// The one way names are compared: a province (and later a commune) or a metric as people type
// it. Case, Unicode normalization (NFC or NFD), diacritics (đ/Đ as d), punctuation, spacing and
// the unit's kind in front of its name ("Tỉnh", "Thành phố", "TP.", and for communes "Xã",
// "Phường", "Đặc khu") do not matter: they all give the same key.

/** Kinds written before a unit's name, as keys (longest first, so "thanh pho" wins over "tp"). */
export const UNIT_PREFIXES: readonly string[] = ['thanh pho', 'dac khu', 'phuong', 'tinh', 'tp', 'xa'];

/** A name without case, diacritics, punctuation or extra spaces: "Thái  Nguyên" and "thai nguyen" alike. */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** A unit's name as a key, its kind in front dropped: "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh" and "ho chi minh" alike. */
export function unitNameKey(text: string): string {
  const key = nameKey(text);
  for (const prefix of UNIT_PREFIXES) {
    if (key.startsWith(`${prefix} `)) return key.slice(prefix.length + 1);
  }
  return key;
}
