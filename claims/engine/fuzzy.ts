/**
 * Typo-tolerant lookup of one word against the distinctive vocabulary words ("colagen" ->
 * "collagen", "glutamin" -> "glutamine"): the nearest target by edit distance that shares the
 * word's first letter, within one edit (two for targets of nine letters or more). Only words of
 * six letters or more are tried: short words have too many real neighbours. Answers are not
 * remembered here: the word index (word-index.ts) remembers each word's whole lookup, within its
 * bound, and a cache here would grow with every new word a long-lived page shows.
 *
 * The targets are a few dozen words, so each lookup compares the word with the targets of its
 * first letter directly. Until the seventeenth session fuse.js proposed three candidates first:
 * about 50 us a word, most of a cold first scan's time on a page of new words (59 of 105 ms on the
 * dev corpus), for the same answers on every word of the corpora.
 */
export class FuzzyWords {
  private readonly byFirst = new Map<string, string[]>();

  constructor(targets: readonly string[], private readonly exclude: ReadonlySet<string>) {
    for (const t of targets) {
      const list = this.byFirst.get(t[0]!);
      if (list) list.push(t);
      else this.byFirst.set(t[0]!, [t]);
    }
  }

  /** The vocabulary word `word` is a misspelling of, or null. */
  lookup(word: string): string | null {
    if (word.length < 6 || this.exclude.has(word) || /\d/.test(word)) return null;
    let best: string | null = null;
    let bestDist = Infinity;
    for (const t of this.byFirst.get(word[0]!) ?? []) {
      const allowed = t.length >= 9 ? 2 : 1;
      if (Math.abs(t.length - word.length) > allowed) continue;
      const d = editDistance(word, t);
      // Between equally near targets, the one whose beginning is nearer wins ("intestina" is
      // "intestinal" cut short rather than "intestine" mistyped), as fuse.js ranked them.
      if (d <= allowed && (d < bestDist || (d === bestDist && startDistance(word, t) < startDistance(word, best!)))) {
        best = t;
        bestDist = d;
      }
    }
    return best;
  }
}

function startDistance(word: string, target: string): number {
  return editDistance(word, target.slice(0, word.length));
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
