import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledVocabulary } from '../../claims/engine/bundled-data';
import { FuzzyWords, editDistance } from '../../claims/engine/fuzzy';
import { foldWord } from '../../claims/engine/normalize';

/** The shipped typo targets, as the engine folds them. */
const targets = bundledVocabulary.fuzzy.map(foldWord);
const fuzzy = new FuzzyWords(targets, new Set());
const allowedFor = (t: string) => (t.length >= 9 ? 2 : 1);
const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');

/** One edit of `t` after its first letter: a deletion, an insertion, a substitution or a swap. */
const oneEdit = fc
  .record({ t: fc.constantFrom(...targets), at: fc.nat(), kind: fc.constantFrom('del', 'ins', 'sub', 'swap'), c: letter })
  .map(({ t, at, kind, c }) => {
    const i = 1 + (at % (t.length - 1));
    if (kind === 'del') return t.slice(0, i) + t.slice(i + 1);
    if (kind === 'ins') return t.slice(0, i) + c + t.slice(i);
    if (kind === 'sub') return t.slice(0, i) + c + t.slice(i + 1);
    return i + 1 < t.length ? t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2) : t;
  });

describe('FuzzyWords (property)', () => {
  it('answers only a target with the same first letter, within the edits that target allows', () => {
    fc.assert(fc.property(fc.oneof(oneEdit, fc.string({ unit: letter, minLength: 6, maxLength: 14 })), (word) => {
      const answer = fuzzy.lookup(word);
      if (answer === null) return;
      expect(answer[0]).toBe(word[0]);
      expect(editDistance(word, answer)).toBeLessThanOrEqual(allowedFor(answer));
    }), { numRuns: 2000 });
  });

  it('finds a target for every single typo of it of six letters or more, and none nearer exists', () => {
    fc.assert(fc.property(oneEdit, (word) => {
      fc.pre(word.length >= 6);
      const answer = fuzzy.lookup(word);
      expect(answer).not.toBeNull();
      const nearest = Math.min(...targets.filter((t) => t[0] === word[0]).map((t) => editDistance(word, t)));
      expect(editDistance(word, answer!)).toBe(nearest);
    }), { numRuns: 2000 });
  });
});
