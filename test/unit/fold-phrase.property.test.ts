import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_RE, foldPhrase, foldWord } from '../../claims/engine/normalize';

/** The general rule foldPhrase must keep: the tokenizer's words, each folded. */
const byRegex = (phrase: string) => (phrase.match(WORD_RE) ?? []).map(foldWord);

const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
const plainWord = fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 8 });
const anyChar = fc.constantFrom(...letters, 'A', 'Z', ' ', '  ', '-', "'", '’', 'é', 'Œ', 'ß', '.', '\t', '🙂');

describe('foldPhrase (property)', () => {
  it('folds a plain lower-case phrase, taken on its fast path, exactly as the general rule does', () => {
    fc.assert(fc.property(fc.array(plainWord, { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')), (phrase) => {
      expect(foldPhrase(phrase)).toEqual(byRegex(phrase));
    }), { numRuns: 500 });
  });

  it('folds any other phrase (capitals, apostrophes, accents, hyphens, runs of spaces) as the general rule does', () => {
    fc.assert(fc.property(fc.string({ unit: anyChar, maxLength: 24 }), (phrase) => {
      expect(foldPhrase(phrase)).toEqual(byRegex(phrase));
    }), { numRuns: 1000 });
  });
});
