import { describe, expect, it } from 'vitest';
import { getClaims } from '../../claims/bundle';
import { loadDatabase } from '../../claims/cli/load-database';
import { bundledStanceModel, bundledVocabulary, checkBundledData } from '../../claims/engine/bundled-data';
import { createStanceModel, stanceModelSchema } from '../../claims/engine/stance-model';
import { vocabularySchema } from '../../claims/engine/vocabulary';

/** The data the extension and the command take without a schema parse at run time (see bundled-data.ts). */
describe('data checked at build time', () => {
  it('the committed vocabulary and stance model match their schemas, which change nothing in them', () => {
    expect(() => checkBundledData()).not.toThrow();
    // Taken as data at run time: a default or transform in a schema would make the two differ.
    expect(vocabularySchema.parse(bundledVocabulary)).toEqual(bundledVocabulary);
    expect(stanceModelSchema.parse(bundledStanceModel)).toEqual(bundledStanceModel);
  });

  it('a bad stance model fails the check, naming the file and the field', () => {
    const bad = structuredClone(bundledStanceModel);
    bad.heads.full.thresholds.asserts = 2;
    expect(() => checkBundledData(bundledVocabulary, bad)).toThrow('claims/stance-model.json: field "heads.full.thresholds.asserts"');
  });

  it('a stance model whose packed words are cut short or not base64 is refused when the model is built', () => {
    const short = structuredClone(bundledStanceModel);
    short.heads.fit!.hashed = short.heads.fit!.hashed.slice(0, -4);
    expect(() => createStanceModel(short)).toThrow('wrong number of hashed weights');
    const garbled = structuredClone(bundledStanceModel);
    garbled.heads.full.words.hashed = `!${garbled.heads.full.words.hashed.slice(1)}`;
    expect(() => createStanceModel(garbled)).toThrow('not base64');
  });

  it('a bad vocabulary fails the check, naming the file and the field', () => {
    expect(() => checkBundledData({ ...bundledVocabulary, fuzzy: 'collagen' }, bundledStanceModel)).toThrow('claims/vocabulary.json: field "fuzzy"');
  });

  it('the extension takes the same claims, in the same order, as the validating reader', () => {
    expect(getClaims()).toEqual(loadDatabase());
  });
});
