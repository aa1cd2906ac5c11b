import stanceModelData from '../stance-model.json';
import vocabularyData from '../vocabulary.json';
import { stanceModelSchema, type StanceModelData } from './stance-model';
import { vocabularySchema, type Vocabulary } from './vocabulary';

/**
 * The engine's data files (the vocabulary and the stance model) ship as data checked when they
 * are built, not parsed by zod wherever the engine starts: that took 10-25 ms in every tab where
 * the checker loaded, and again at every start of the command. Every build checks them
 * (WXT's build:before hook, scripts/build-command.mjs), `npm run train` checks the model it writes,
 * and test/unit/bundled-data.test.ts checks the committed files.
 */
export const bundledVocabulary = vocabularyData as unknown as Vocabulary;
export const bundledStanceModel = stanceModelData as unknown as StanceModelData;

/** Throws, naming the file and field, when a bundled data file does not match its schema. */
export function checkBundledData(vocabulary: unknown = vocabularyData, model: unknown = stanceModelData): void {
  checkVocabulary(vocabulary);
  checkStanceModel(model);
}

/** The vocabulary alone: training checks it before it rewrites the model (which may not fit a changed schema yet). */
export function checkVocabulary(vocabulary: unknown = vocabularyData): void {
  const result = vocabularySchema.safeParse(vocabulary);
  if (!result.success) throw fieldError('claims/vocabulary.json', result.error.issues[0]!);
}

/** The stance model alone: `npm run train` checks the model it is about to write. */
export function checkStanceModel(model: unknown = stanceModelData): void {
  const result = stanceModelSchema.safeParse(model);
  if (!result.success) throw fieldError('claims/stance-model.json', result.error.issues[0]!);
}

const fieldError = (file: string, issue: { path: PropertyKey[]; message: string }) =>
  new Error(`${file}: field "${issue.path.map(String).join('.') || '(root)'}": ${issue.message}`);
