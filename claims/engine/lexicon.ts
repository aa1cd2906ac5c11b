import { foldPhrase } from './normalize';
import { stem } from './stem';

/** One vocabulary phrase, as a sequence of stems, naming the concept it stands for. */
export interface LexEntry {
  concept: string;
  stems: string[];
}

/**
 * The phrases that start with one word, split by length: single words, and longer phrases keyed
 * by their second word, so a common first word ("the", "no") does not try every phrase it starts.
 */
export interface Bucket {
  single: readonly LexEntry[];
  /** Phrases of two or more words by their second stem, longest first. */
  bySecond: ReadonlyMap<string, readonly LexEntry[]> | undefined;
}

/** An entry as packed: the index of its concept in `concepts`, then its stems. */
type PackedEntry = [number, ...string[]];

/**
 * A sealed lexicon as plain JSON, so a prebuilt command loads it without folding and stemming
 * every vocabulary phrase again (about 20 ms of each start; see scripts/build-command.mjs).
 */
export interface PackedLexicon {
  concepts: string[];
  words: string[];
  /** First stem, its single-word entries, and its longer phrases by second stem (0: none). */
  buckets: [string, PackedEntry[], [string, PackedEntry[]][] | 0][];
}

/**
 * Phrase lookup keyed by the stem of the phrase's first word, uBlock-style: a text word only
 * meets the few phrases that start with it, so matching cost does not grow with the vocabulary.
 */
export class Lexicon {
  private readonly byFirst = new Map<string, LexEntry[]>();
  private readonly buckets = new Map<string, Bucket>();
  /** concept + stems of every entry added, so a phrase listed twice is kept once. */
  private readonly seen = new Set<string>();
  /** Folded surface forms of every single vocabulary word, for typo lookup and hashtag splitting. */
  readonly words = new Set<string>();

  add(concept: string, phrase: string): void {
    // seal() drops what add() collects: a later phrase would silently replace its bucket.
    if (this.buckets.size) throw new Error('Lexicon.add after seal()');
    const folded = foldPhrase(phrase);
    if (!folded.length) return;
    for (const w of folded) this.words.add(w);
    const stems = folded.map(stem);
    const id = `${concept}\u0000${stems.join(' ')}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    const key = stems[0]!;
    const entry = { concept, stems };
    const list = this.byFirst.get(key);
    if (list) list.push(entry);
    else this.byFirst.set(key, [entry]);
  }

  /** The phrases whose first stem is `stemKey`, or undefined when none does. */
  startingWith(stemKey: string): Bucket | undefined {
    return this.buckets.get(stemKey);
  }

  /** Builds the buckets (longer phrases first, so "leaky gut" wins over "leaky"); call once after the last `add`. */
  seal(): void {
    for (const [key, list] of this.byFirst) {
      const single = list.filter((e) => e.stems.length === 1);
      let bySecond: Map<string, LexEntry[]> | undefined;
      for (const e of [...list].sort((a, b) => b.stems.length - a.stems.length)) {
        if (e.stems.length === 1) continue;
        bySecond ??= new Map();
        const second = e.stems[1]!;
        const same = bySecond.get(second);
        if (same) same.push(e);
        else bySecond.set(second, [e]);
      }
      this.buckets.set(key, { single, bySecond });
    }
    // Only `add` needs these; every tab that loads the checker would otherwise hold ~3,000 keys
    // and a second copy of every bucket's lists.
    this.seen.clear();
    this.byFirst.clear();
  }

  /** The sealed lexicon as JSON-ready data; `Lexicon.unpack` gives it back. */
  pack(): PackedLexicon {
    const concepts: string[] = [];
    const index = new Map<string, number>();
    const entry = ({ concept, stems }: LexEntry): PackedEntry => {
      let i = index.get(concept);
      if (i === undefined) {
        i = concepts.push(concept) - 1;
        index.set(concept, i);
      }
      return [i, ...stems];
    };
    const buckets: PackedLexicon['buckets'] = [];
    for (const [key, { single, bySecond }] of this.buckets) {
      buckets.push([key, single.map(entry), bySecond ? [...bySecond].map(([second, list]) => [second, list.map(entry)]) : 0]);
    }
    return { concepts, words: [...this.words], buckets };
  }

  static unpack(packed: PackedLexicon): Lexicon {
    const lexicon = new Lexicon();
    for (const w of packed.words) lexicon.words.add(w);
    const entry = ([concept, ...stems]: PackedEntry): LexEntry => ({ concept: packed.concepts[concept]!, stems });
    for (const [key, single, bySecond] of packed.buckets) {
      lexicon.buckets.set(key, {
        single: single.map(entry),
        bySecond: bySecond ? new Map(bySecond.map(([second, list]) => [second, list.map(entry)])) : undefined,
      });
    }
    return lexicon;
  }
}
