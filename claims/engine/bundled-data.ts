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
  const checks = [
    ['claims/vocabulary.json', vocabularySchema.safeParse(vocabulary)],
    ['claims/stance-model.json', stanceModelSchema.safeParse(model)],
  ] as const;
  for (const [file, result] of checks) {
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`${file}: field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
    }
  }
}
