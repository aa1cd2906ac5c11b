/** Median of a benchmark's runs (NaN for none): machines here are noisy, so the benches report it, not the mean. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
}
