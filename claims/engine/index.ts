import type { Claim } from '../schema';
import stanceModelData from '../stance-model.json';
import vocabularyData from '../vocabulary.json';
import { createMatcherWith } from './match';
import { createStanceModel, stanceModelSchema, type StanceModel } from './stance-model';
import type { Matcher } from './types';
import { vocabularySchema, type Vocabulary } from './vocabulary';

export type { ClaimHit, Matcher, ScanOptions, Stance } from './types';
export { assertedOnPage } from './page-stance';

/** The bundled shared vocabulary, validated once. */
export const defaultVocabulary: Vocabulary = vocabularySchema.parse(vocabularyData);

/** The bundled stance model (`npm run train` writes it), validated once. */
export const defaultStanceModel: StanceModel = createStanceModel(stanceModelSchema.parse(stanceModelData));

/** Creates the matcher for a validated claims database (see claims/database.ts). */
export function createMatcher(claims: readonly Claim[], vocabulary: Vocabulary = defaultVocabulary, model: StanceModel = defaultStanceModel): Matcher {
  return createMatcherWith(claims, vocabulary, model);
}
