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
 * Finds every vocabulary phrase in the token stream, from the per-word knowledge the tokenizer
 * attached (exact stem, or the near miss a typo was taken for). Phrases must be consecutive words.
 */
export function findHits(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const bucket = t.info?.entries;
    if (!bucket) continue;
    const fuzzyHit = t.info!.fuzzy;
    let seen: string[] | undefined;
    const next = bucket.bySecond && tokens[i + 1]?.info?.key;
    const longer = next ? bucket.bySecond!.get(next) : undefined;
    if (longer) {
      for (const e of longer) {
        if (seen?.includes(e.concept)) continue; // longest first: keep the longest per concept
        let ok = true;
        for (let k = 2; k < e.stems.length && ok; k++) ok = tokens[i + k]?.info?.key === e.stems[k];
        if (!ok) continue;
        (seen ??= []).push(e.concept);
        hits.push({ concept: e.concept, i, j: i + e.stems.length, fuzzy: fuzzyHit, tag: t.tag });
      }
    }
    for (const e of bucket.single) {
      if (seen?.includes(e.concept)) continue;
      hits.push({ concept: e.concept, i, j: i + 1, fuzzy: fuzzyHit, tag: t.tag });
    }
  }
  return hits;
}
