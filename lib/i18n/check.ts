// Comparing the two message catalogues (lib/i18n/i18n.test.ts): the keys of one against the other's,
// and the ICU arguments of each message.

type Catalogue = { [key: string]: string | Catalogue };

/**
 * The argument names of an ICU message, sorted: '{count} lỗi' → ['count']. Names inside plural
 * or select branches count too; the branch selectors (one, other, =0) and '#' do not.
 */
export function messageArguments(message: string): string[] {
  const names = new Set<string>();
  // An argument opens with '{' and a name, then ',' (plural, select, number…) or '}'.
  for (const m of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)) names.add(m[1]);
  return [...names].sort();
}

/** What differs between the Vietnamese and the English catalogue, as readable lines. */
export function catalogueMismatches(vi: Catalogue, en: Catalogue, prefix = ''): string[] {
  const out: string[] = [];
  for (const key of [...new Set([...Object.keys(vi), ...Object.keys(en)])]) {
    const path = prefix ? `${prefix}.${key}` : key;
    const a = vi[key];
    const b = en[key];
    if (a === undefined) out.push(`${path}: only in en`);
    else if (b === undefined) out.push(`${path}: only in vi`);
    else if (typeof a !== typeof b) out.push(`${path}: ${typeof a === 'string' ? 'a message' : 'a group'} in vi, ${typeof b === 'string' ? 'a message' : 'a group'} in en`);
    else if (typeof a === 'string') {
      const [x, y] = [messageArguments(a), messageArguments(b as string)];
      if (x.join() !== y.join()) out.push(`${path}: arguments {${x.join('}, {')}} in vi, {${y.join('}, {')}} in en`);
    } else out.push(...catalogueMismatches(a, b as Catalogue, path));
  }
  return out;
}
