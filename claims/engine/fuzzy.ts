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
  /** Each first letter's target lengths: a word no target could accept skips fuse.js. */
  private readonly lengthsByFirst = new Map<string, number[]>();

  constructor(private readonly targets: readonly string[], private readonly exclude: ReadonlySet<string>) {
    this.fuse = new Fuse(targets, { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 3 });
    for (const t of targets) {
      const lengths = this.lengthsByFirst.get(t[0]!);
      if (lengths) lengths.push(t.length);
      else this.lengthsByFirst.set(t[0]!, [t.length]);
    }
  }

  /** The vocabulary word `word` is a misspelling of, or null. */
  lookup(word: string): string | null {
    if (word.length < 6 || this.exclude.has(word) || /\d/.test(word)) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    // An answer must share the first letter and be within two letters in length (editDistance
    // below returns 3 otherwise): most unknown words meet no such target, and a fuse.js search
    // was most of a cold first scan's typo cost. The answer is the same either way.
    if (!this.lengthsByFirst.get(word[0]!)?.some((n) => Math.abs(n - word.length) <= 2)) {
      this.cache.set(word, null);
      return null;
    }
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
