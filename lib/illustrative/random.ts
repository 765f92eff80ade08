// A small seeded random source, so the illustrative data is the same on every machine and
// every run. Each (unit, metric, purpose) draws from its own stream, so adding a draw for one
// unit never shifts the numbers of another.

/** mulberry32: tiny, fast and good enough for illustrative data (not for anything secret). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: turns a stream name into a seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  uniform(min: number, max: number): number;
  int(min: number, maxInclusive: number): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  pick<T>(items: readonly T[]): T;
  /** One of `items`, each with its weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
}

export function randomStream(seed: number, name: string): Random {
  const next = mulberry32(hash(`${seed}:${name}`));
  const r: Random = {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (weights) => {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      let x = next() * entries.reduce((s, [, w]) => s + w, 0);
      for (const [key, w] of entries) {
        x -= w;
        if (x < 0) return key;
      }
      return entries[entries.length - 1][0];
    },
  };
  return r;
}
