import Fuse from 'fuse.js';

/**
 * Typo-tolerant lookup of one word against the distinctive vocabulary words ("colagen" ->
 * "collagen", "glutamin" -> "glutamine"). fuse.js proposes candidates; an edit-distance check
 * keeps only near misses, and every answer is cached, so each distinct word is looked up once.
 * Only words of six letters or more are tried: short words have too many real neighbours.
 */
export class FuzzyWords {
  private readonly fuse: Fuse<string>;
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly targets: readonly string[], private readonly exclude: ReadonlySet<string>) {
    this.fuse = new Fuse(targets, { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 3 });
  }

  /** The vocabulary word `word` is a misspelling of, or null. */
  lookup(word: string): string | null {
    if (word.length < 6 || this.exclude.has(word) || /\d/.test(word)) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    let best: string | null = null;
    let bestDist = Infinity;
    for (const r of this.fuse.search(word, { limit: 3 })) {
      const d = editDistance(word, r.item);
      const allowed = r.item.length >= 9 ? 2 : 1;
      if (d <= allowed && d < bestDist && word[0] === r.item[0]) {
        best = r.item;
        bestDist = d;
      }
    }
    this.cache.set(word, best);
    return best;
  }
}

/** Optimal string alignment distance (Levenshtein plus adjacent transposition). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  let before = prev2;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length]!;
}
