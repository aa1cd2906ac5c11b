import type { FuzzyWords } from './fuzzy';
import type { Bucket, Lexicon } from './lexicon';
import { foldWord } from './normalize';
import { stem } from './stem';

/** What the engine knows about one surface word: folded form, stem key and the phrases it may start. */
export interface WordInfo {
  norm: string;
  /** Stem used to continue phrases; for a misspelling, the stem of the word it was taken for. */
  key: string;
  entries: Bucket | undefined;
  fuzzy: boolean;
}

/** Bound on remembered words; cleared rather than grown without end on very long pages. */
const MAX_WORDS = 100_000;

/**
 * One cached lookup per distinct surface word ("Colagen", "heals", "Gut") replacing folding,
 * stemming, the lexicon lookup and the typo lookup on every occurrence: natural text repeats its
 * words, so after warm-up a word costs one Map lookup.
 */
export class WordIndex {
  private readonly cache = new Map<string, WordInfo>();

  constructor(private readonly lexicon: Lexicon, private readonly fuzzy: FuzzyWords) {}

  word(raw: string): WordInfo {
    let info = this.cache.get(raw);
    if (info) return info;
    // Numbers are endless (prices, counts, dates): answered directly, never remembered.
    if (isDigits(raw)) return { norm: raw, key: raw, entries: this.lexicon.startingWith(raw), fuzzy: false };
    const norm = foldWord(raw);
    const key = stem(norm);
    const entries = this.lexicon.startingWith(key);
    info = { norm, key, entries, fuzzy: false };
    if (!entries) {
      const near = this.fuzzy.lookup(norm);
      const nearKey = near === null ? undefined : stem(near);
      const nearEntries = nearKey === undefined ? undefined : this.lexicon.startingWith(nearKey);
      if (nearKey !== undefined && nearEntries) info = { norm, key: nearKey, entries: nearEntries, fuzzy: true };
    }
    if (this.cache.size >= MAX_WORDS) this.cache.clear();
    this.cache.set(raw, info);
    return info;
  }
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
