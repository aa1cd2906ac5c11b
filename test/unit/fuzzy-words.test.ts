import { describe, expect, it } from 'vitest';
import { FuzzyWords } from '../../claims/engine/fuzzy';

const fuzzy = new FuzzyWords(['collagen', 'glutamine', 'permeability', 'zonulin'], new Set(['glutes']));

describe('FuzzyWords', () => {
  it('answers a misspelling with the vocabulary word it stands for', () => {
    expect(fuzzy.lookup('colagen')).toBe('collagen');
    expect(fuzzy.lookup('glutamin')).toBe('glutamine');
    expect(fuzzy.lookup('permeabilty')).toBe('permeability');
    expect(fuzzy.lookup('premeability')).toBe('permeability'); // a transposition
  });

  it('allows two edits, a transposition among them, only for targets of nine letters or more', () => {
    expect(fuzzy.lookup('premeabilty')).toBe('permeability');
    expect(fuzzy.lookup('gultamin')).toBe('glutamine');
    expect(fuzzy.lookup('colagne')).toBeNull(); // two edits from an eight-letter target
  });

  it('between equally near targets, takes the one whose beginning the word matches', () => {
    const gut = new FuzzyWords(['intestine', 'intestinal'], new Set());
    expect(gut.lookup('intestina')).toBe('intestinal');
    expect(gut.lookup('intestne')).toBe('intestine');
  });

  it('answers null for a word no target can be: another first letter, or more than two letters longer or shorter', () => {
    expect(fuzzy.lookup('ollagen')).toBeNull();
    expect(fuzzy.lookup('bollagen')).toBeNull();
    expect(fuzzy.lookup('collagenases')).toBeNull();
    expect(fuzzy.lookup('permeabil')).toBeNull();
  });

  it('leaves short words, excluded words and words with digits alone', () => {
    expect(fuzzy.lookup('zonuln')).toBe('zonulin');
    expect(fuzzy.lookup('glutes')).toBeNull();
    expect(fuzzy.lookup('colag3n')).toBeNull();
    expect(fuzzy.lookup('glut')).toBeNull();
  });
});
