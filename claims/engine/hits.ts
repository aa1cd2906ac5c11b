import type { FuzzyWords } from './fuzzy';
import type { Lexicon } from './lexicon';
import { stem } from './stem';
import type { Token } from './tokenize';

/** One occurrence of a concept: word tokens [i, j) of the text. */
export interface Hit {
  concept: string;
  i: number;
  j: number;
  fuzzy: boolean;
  /** Inside a hashtag: a label, weaker evidence than running text. */
  tag: boolean;
}

/**
 * Finds every vocabulary phrase in the token stream. Exact stems first; a word with no exact
 * entry gets one typo-tolerant lookup (cached in FuzzyWords). Phrases must be consecutive words.
 */
export function findHits(tokens: readonly Token[], lex: Lexicon, fuzzy: FuzzyWords): Hit[] {
  const hits: Hit[] = [];
  const stems: (string | undefined)[] = new Array(tokens.length);
  const stemAt = (k: number): string | undefined => {
    const t = tokens[k];
    if (!t || t.kind !== 'word') return undefined;
    return (stems[k] ??= stem(t.norm));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    let key = stemAt(i)!;
    let fuzzyHit = false;
    let entries = lex.startingWith(key);
    if (!entries) {
      const near = fuzzy.lookup(t.norm);
      if (!near) continue;
      key = stem(near);
      stems[i] = key;
      entries = lex.startingWith(key);
      fuzzyHit = true;
      if (!entries) continue;
    }
    const seen = new Set<string>();
    for (const e of entries) {
      if (seen.has(e.concept)) continue; // entries are longest-first: keep the longest per concept
      let ok = true;
      for (let k = 1; k < e.stems.length && ok; k++) ok = stemAt(i + k) === e.stems[k];
      if (!ok) continue;
      seen.add(e.concept);
      hits.push({ concept: e.concept, i, j: i + e.stems.length, fuzzy: fuzzyHit, tag: t.tag === true });
    }
  }
  return hits;
}
