import type { Claim } from '../schema';
import { bundledStanceModel, bundledVocabulary } from './bundled-data';
import type { PackedLexicon } from './lexicon';
import { createMatcherWith } from './match';
import { createStanceModel, type StanceModel } from './stance-model';
import type { Matcher } from './types';
import type { Vocabulary } from './vocabulary';

export type { ClaimHit, Matcher, ScanOptions, Stance } from './types';
export type { PackedLexicon } from './lexicon';
export { assertedOnPage } from './page-stance';

/** The bundled shared vocabulary (checked at build time, see bundled-data.ts). */
export const defaultVocabulary: Vocabulary = bundledVocabulary;

/** The bundled stance model (`npm run train` writes it; checked at build time). */
export const defaultStanceModel: StanceModel = createStanceModel(bundledStanceModel);

/**
 * Creates the matcher for a validated claims database (see claims/database.ts). `packed` is the
 * lexicon of these claims and vocabulary packed ahead of time (see compile), or absent.
 */
export function createMatcher(
  claims: readonly Claim[],
  vocabulary: Vocabulary = defaultVocabulary,
  model: StanceModel = defaultStanceModel,
  packed?: PackedLexicon,
): Matcher {
  return createMatcherWith(claims, vocabulary, model, packed);
}
