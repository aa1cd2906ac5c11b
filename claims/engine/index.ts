import type { Claim } from '../schema';
import vocabularyData from '../vocabulary.json';
import { createMatcherWith } from './match';
import type { Matcher } from './types';
import { vocabularySchema, type Vocabulary } from './vocabulary';

export type { ClaimHit, Matcher, Stance } from './types';

/** The bundled shared vocabulary, validated once. */
export const defaultVocabulary: Vocabulary = vocabularySchema.parse(vocabularyData);

/** Creates the matcher for a validated claims database (see claims/database.ts). */
export function createMatcher(claims: readonly Claim[], vocabulary: Vocabulary = defaultVocabulary): Matcher {
  return createMatcherWith(claims, vocabulary);
}
