/**
 * Which labelled corpora play which part. Training: anything goes (the model learns from them).
 * Tuning: their errors are read to improve rules and features. Frozen: written apart, scored
 * only as totals, never read text by text and never trained on; their first score is recorded
 * in the README with the date each was frozen. A corpus moves only toward training, never back.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readTaxonomyIds } from '../claims/cli/load-database';
import type { Claim } from '../claims/schema';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const inDir = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(ROOT, dir, f));

export const DEV_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dev.jsonl');

/** The heldouts of the first sessions (their errors were read and fixed) and the corpora written for training. */
export const trainingCorpora = (): string[] => [
  ...readdirSync(join(ROOT, 'test', 'fixtures')).filter((f) => /^heldout.*\.jsonl$/.test(f)).sort().map((f) => join(ROOT, 'test', 'fixtures', f)),
  ...inDir('test/corpora/train'),
];

/**
 * Labels of training documents for the claims added since the first edition, written by helpers
 * who never saw the engine, for the documents that name those claims' topics (see
 * test/corpora/README.md). Other documents keep those ids unlabelled.
 */
export const SECOND_EDITION_LABELS = join(ROOT, 'test', 'corpora', 'second-edition-labels.jsonl');

/** The claim ids those later labels (and frozen/second-edition/) cover: an entry added after them stays unlabelled everywhere. */
export const SECOND_EDITION_IDS: ReadonlySet<string> = new Set([
  'antibiotics-ppis-cause-leaky-gut',
  'antibody-panel-leaky-gut-test',
  'candida-causes-leaky-gut',
  'colostrum-heals-gut',
  'emulsifiers-additives-harm-barrier',
  'exercise-heat-raise-permeability',
  'glyphosate-causes-leaky-gut',
  'histamine-dao-leaky-gut',
  'infection-raises-permeability',
  'kombucha-vinegar-heal-gut',
  'leaky-gut-leaky-brain',
  'mold-mycotoxins-cause-leaky-gut',
  'named-gut-diets-heal',
  'toxins-detox-heal-gut',
]);

/**
 * A frozen set's labels for the second-edition claims, when it has them: `frozen/second-edition/`
 * beside it, same file name (written and labelled like the set itself).
 */
export function secondEditionLabelsOf(corpus: string): string | undefined {
  const path = join(dirname(corpus), 'second-edition', basename(corpus));
  return existsSync(path) ? path : undefined;
}

/** Frozen test sets: scored, never trained or tuned on. */
export const frozenCorpora = (): string[] => inDir('test/corpora/frozen');

/**
 * Claim ids the corpora were not labelled for: every corpus was labelled for the taxonomy's 35
 * claims (the first edition). A hit of an entry added since is neither right nor wrong there,
 * except in documents that have later labels for it (SECOND_EDITION_IDS, see parseCorpus).
 */
export function unlabelledIds(claims: readonly Claim[]): string[] {
  const labelled = new Set(readTaxonomyIds());
  return claims.map((c) => c.id).filter((id) => !labelled.has(id));
}
