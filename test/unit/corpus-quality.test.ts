import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatabase } from '../../claims/cli/load-database';
import { createMatcher } from '../../claims/engine';
import { parseCorpus, precision, recall, scoreCorpus } from '../../scripts/corpus-score';

/**
 * Quality floors on labelled corpora, scored as ../shared/corpus/README.md prescribes. The dev
 * corpus is the one the rules were developed on; test/fixtures/heldout*.jsonl were written apart
 * from the engine (their first scores, before any fix they prompted, are in the README).
 */
const matcher = createMatcher(loadDatabase());
const corpora = [
  ['dev corpus (../shared)', resolve(process.cwd(), '../shared/corpus/dev.jsonl')],
  ['held-out fixture', resolve(process.cwd(), 'test/fixtures/heldout.jsonl')],
  ['second held-out fixture', resolve(process.cwd(), 'test/fixtures/heldout-2.jsonl')],
  ['third held-out fixture', resolve(process.cwd(), 'test/fixtures/heldout-3.jsonl')],
  ['fourth held-out fixture', resolve(process.cwd(), 'test/fixtures/heldout-4.jsonl')],
  ['sixth held-out fixture', resolve(process.cwd(), 'test/fixtures/heldout-6.jsonl')],
  ['seventh held-out fixture', resolve(process.cwd(), 'test/fixtures/heldout-7.jsonl')],
  ['eighth held-out fixture', resolve(process.cwd(), 'test/fixtures/heldout-8.jsonl')],
  ['ninth held-out fixture', resolve(process.cwd(), 'test/fixtures/heldout-9.jsonl')],
  ['tenth held-out fixture', resolve(process.cwd(), 'test/fixtures/heldout-10.jsonl')],
  ['eleventh held-out fixture', resolve(process.cwd(), 'test/fixtures/heldout-11.jsonl')],
] as const;

describe.each(corpora)('%s', (_name, path) => {
  const score = scoreCorpus(parseCorpus(readFileSync(path, 'utf8')), matcher);
  it('keeps precision at least 0.95 and recall at least 0.90', () => {
    expect(precision(score.total)).toBeGreaterThanOrEqual(0.95);
    expect(recall(score.total)).toBeGreaterThanOrEqual(0.9);
  });
  it('asserts at most 5% of what texts only mention (negation errors)', () => {
    expect(score.negationErrors / Math.max(1, score.mentionLabels)).toBeLessThanOrEqual(0.05);
  });
});

/**
 * heldout-5 was written to stress paraphrase ("my insides were porous", "knit the gut back
 * together"). Its recall is not yet at the floor above; this ratchet keeps what is reached from
 * sliding back while the vocabulary grows (see README).
 */
describe('paraphrase-heavy held-out fixture (ratchet)', () => {
  const score = scoreCorpus(parseCorpus(readFileSync(resolve(process.cwd(), 'test/fixtures/heldout-5.jsonl'), 'utf8')), matcher);
  it('keeps precision at least 0.95 and recall at least 0.85', () => {
    expect(precision(score.total)).toBeGreaterThanOrEqual(0.95);
    expect(recall(score.total)).toBeGreaterThanOrEqual(0.85);
  });
});
