// Whole numbers that add up to an exact total: how the illustrative data hits the published
// national figures to the unit while keeping each province's share plausible.

/**
 * Splits `total` in proportion to `weights`, each part at most its cap, all whole numbers
 * (largest remainder). `scale` is the factor that turned weights into shares, so other dates
 * of the same curves can be scaled alike. Throws when the caps cannot hold the total.
 */
export function apportion(
  weights: readonly number[],
  total: number,
  caps?: readonly number[],
): { parts: number[]; scale: number } {
  const cap = (i: number) => caps?.[i] ?? Infinity;
  const capacity = weights.reduce((s, _, i) => s + (weights[i] > 0 ? cap(i) : 0), 0);
  if (!Number.isInteger(total) || total < 0 || capacity < total) {
    throw new RangeError(`cannot apportion ${total} within caps adding to ${capacity}`);
  }
  const filled = (k: number) => weights.map((w, i) => Math.min(cap(i), k * Math.max(0, w)));
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  // The scale k is the one at which the capped shares add up to the total: without caps it is
  // total / weights (the commune data splits thousands of weekly totals so); with caps, bisection.
  let hi = 1;
  if (!caps) {
    const positive = sum(weights.map((w) => Math.max(0, w)));
    hi = positive > 0 ? total / positive : 0;
  } else {
    let lo = 0;
    while (sum(filled(hi)) < total) hi *= 2;
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (sum(filled(mid)) < total) lo = mid;
      else hi = mid;
    }
  }
  const exact = filled(hi);
  const parts = exact.map(Math.floor);
  let missing = total - sum(parts);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .filter(({ i }) => parts[i] < cap(i) && weights[i] > 0)
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    parts[i]++;
    missing--;
  }
  if (missing !== 0) throw new RangeError(`apportion left ${missing} over`);
  return { parts, scale: hi };
}
