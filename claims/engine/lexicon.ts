import { foldPhrase } from './normalize';
import { stem } from './stem';

/** One vocabulary phrase, as a sequence of stems, naming the concept it stands for. */
export interface LexEntry {
  concept: string;
  stems: string[];
}

/**
 * Phrase lookup keyed by the stem of the phrase's first word, uBlock-style: a text word only
 * meets the few phrases that start with it, so matching cost does not grow with the vocabulary.
 */
export class Lexicon {
  private readonly byFirst = new Map<string, LexEntry[]>();
  /** Folded surface forms of every single vocabulary word, for typo lookup and hashtag splitting. */
  readonly words = new Set<string>();

  add(concept: string, phrase: string): void {
    const folded = foldPhrase(phrase);
    if (!folded.length) return;
    for (const w of folded) this.words.add(w);
    const stems = folded.map(stem);
    const key = stems[0]!;
    const list = this.byFirst.get(key);
    const entry = { concept, stems };
    if (list) {
      if (!list.some((e) => e.concept === concept && e.stems.join(' ') === entry.stems.join(' '))) list.push(entry);
    } else this.byFirst.set(key, [entry]);
  }

  has(stemKey: string): boolean {
    return this.byFirst.has(stemKey);
  }

  /** Entries whose first stem is `stemKey`; longest phrases first so "leaky gut" wins over "leaky". */
  startingWith(stemKey: string): readonly LexEntry[] | undefined {
    return this.byFirst.get(stemKey);
  }

  /** Sorts each bucket longest-first; call once after the last `add`. */
  seal(): void {
    for (const list of this.byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }
}
