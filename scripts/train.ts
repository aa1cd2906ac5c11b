/**
 * npm run train: fits the stance model on the training corpora (scripts/corpora.ts) and writes
 * claims/stance-model.json. The L2 strength and the assert threshold are chosen by 5-fold
 * cross-validation on the training documents (folds by document), scored as the corpus README
 * scores a corpus. Deterministic: the same corpora give the same file.
 *   npm run train            retrain and write the weights
 *   npm run train -- --check retrain and fail if the shipped weights differ (CI runs this)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatabase } from '../claims/cli/load-database';
import { HASH_SIZE, NAMED } from '../claims/engine/features';
import type { StanceModelData } from '../claims/engine/stance-model';
import { trainingCorpora } from './corpora';
import { parseCorpus } from './corpus-score';
import { dot, examplesOf, fit, foldOf, makeFinder, sigmoid, type Example } from './stance-training';

const OUT = join(fileURLToPath(import.meta.url), '..', '..', 'claims', 'stance-model.json');
const FOLDS = 5;
const LAMBDAS = [0.0003, 0.001, 0.003];
const THRESHOLDS = Array.from({ length: 15 }, (_, i) => 0.3 + i * 0.05);

const paths = trainingCorpora();
const raw = paths.map((p) => readFileSync(p, 'utf8'));
const docs = raw.flatMap((r) => parseCorpus(r));
const finder = makeFinder(loadDatabase());
const examples = docs.flatMap((d) => examplesOf(finder, d));
const gold = new Map(docs.map((d) => [d.doc, new Set(d.asserts)]));
const ambiguous = new Map(docs.map((d) => [d.doc, new Set(d.ambiguous ?? [])]));
console.error(`${docs.length} documents from ${paths.length} corpora, ${examples.length} passages (${examples.filter((e) => e.y).length} asserting)`);

/** Document-level precision/recall/F0.5 of out-of-fold probabilities at a threshold (recall counts gold ids the rules never found). */
function docScore(oof: readonly { ex: Example; p: number }[], t: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const predicted = new Map<string, Set<string>>();
  for (const { ex, p } of oof) if (p >= t) (predicted.get(ex.doc) ?? predicted.set(ex.doc, new Set()).get(ex.doc)!).add(ex.id);
  for (const d of docs) {
    const pred = predicted.get(d.doc) ?? new Set();
    const g = gold.get(d.doc)!;
    for (const id of pred) if (!ambiguous.get(d.doc)!.has(id)) (g.has(id) ? tp++ : fp++);
    for (const id of g) if (!pred.has(id)) fn++;
  }
  const P = tp / Math.max(1, tp + fp);
  const R = tp / Math.max(1, tp + fn);
  return { P, R, f05: (1.25 * P * R) / Math.max(1e-9, 0.25 * P + R) };
}

function outOfFold(lambda: number): { ex: Example; p: number }[] {
  const out: { ex: Example; p: number }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const w = fit(examples.filter((e) => foldOf(e.doc, FOLDS) !== k), lambda);
    for (const ex of examples) if (foldOf(ex.doc, FOLDS) === k) out.push({ ex, p: sigmoid(dot(w, ex.f)) });
  }
  return out;
}

let best = { lambda: LAMBDAS[0]!, t: 0.5, f05: -1, P: 0, R: 0, ece: 0 };
for (const lambda of LAMBDAS) {
  const oof = outOfFold(lambda);
  for (const t of THRESHOLDS) {
    const s = docScore(oof, t);
    if (s.f05 > best.f05) best = { lambda, t, ...s, ece: calibrationError(oof) };
  }
}
console.error(`cross-validated: lambda ${best.lambda}, threshold ${best.t.toFixed(2)}: precision ${best.P.toFixed(3)} recall ${best.R.toFixed(3)}, calibration error ${best.ece.toFixed(3)}`);

const w = fit(examples, best.lambda);
const round = (x: number) => Math.round(x * 1e4) / 1e4;
const model: StanceModelData = {
  version: 1,
  named: [...NAMED],
  hashSize: HASH_SIZE,
  weights: Array.from(w.subarray(0, NAMED.length), round),
  hashed: Array.from(w.subarray(NAMED.length), round).flatMap((x, i): [number, number][] => (Math.abs(x) >= 0.002 ? [[i, x]] : [])),
  threshold: Math.round(best.t * 100) / 100,
  trainedOn: { documents: docs.length, passages: examples.length, sha256: createHash('sha256').update(raw.join('\n')).digest('hex') },
};
const json = `${JSON.stringify(model)}\n`;
if (process.argv.includes('--check')) {
  const shipped = readFileSync(OUT, 'utf8');
  if (shipped !== json) {
    console.error('claims/stance-model.json does not match its training data: run `npm run train` and commit the result');
    process.exit(1);
  }
  console.error('claims/stance-model.json matches its training data');
} else {
  writeFileSync(OUT, json);
  console.error(`wrote ${OUT} (${(json.length / 1024).toFixed(1)} KB)`);
}

/** Expected calibration error over ten probability bins. */
function calibrationError(oof: readonly { ex: Example; p: number }[]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  for (const { ex, p } of oof) {
    const b = bins[Math.min(9, Math.floor(p * 10))]!;
    b.n++;
    b.p += p;
    b.y += ex.y;
  }
  return bins.reduce((e, b) => e + (b.n ? Math.abs(b.p - b.y) : 0), 0) / Math.max(1, oof.length);
}
