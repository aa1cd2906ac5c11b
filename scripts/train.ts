/**
 * npm run train: fits the stance model on the training corpora (scripts/corpora.ts) and writes
 * claims/stance-model.json. Two heads are fitted apart: `full` for passages where a claim's
 * pattern matched, `partial` for near misses. Each head's L2 strength and assert threshold are
 * chosen by 5-fold cross-validation over training documents (folds by document), scored as the
 * corpus README scores a corpus: the threshold with the best F0.5 (precision weighted twice).
 * Deterministic: the same corpora give the same file.
 *   npm run train            retrain and write the weights
 *   npm run train -- --check retrain and fail if the shipped weights differ (CI runs this)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatabase } from '../claims/cli/load-database';
import { HASH_SIZE, NAMED } from '../claims/engine/features';
import type { Head, StanceModelData } from '../claims/engine/stance-model';
import { trainingCorpora } from './corpora';
import { parseCorpus, type LabelledDoc } from './corpus-score';
import { dot, exampleDocs, examplesOf, fit, foldOf, makeFinder, sigmoid, type Example } from './stance-training';

const OUT = join(fileURLToPath(import.meta.url), '..', '..', 'claims', 'stance-model.json');
const FOLDS = 5;
const LAMBDAS = [0.001, 0.003, 0.01];
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => 0.05 + i * 0.05);

const paths = trainingCorpora();
const raw = paths.map((p) => readFileSync(p, 'utf8'));
const claims = loadDatabase();
// The claims' own example sentences, labelled one claim at a time, are a clean training set too.
paths.push('claims/data/*.json examples');
const perCorpus = [...raw.map((r) => parseCorpus(r)), exampleDocs(claims)];
const docs = perCorpus.flat();
const finder = makeFinder(claims);
const examples = docs.flatMap((d) => examplesOf(finder, d));
if (process.env.GUTCHECK_ABLATE === 'hashed') for (const e of examples) {
  const keep = e.f.idx.map((i, k) => (i < NAMED.length ? k : -1)).filter((k) => k >= 0);
  e.f = { idx: keep.map((k) => e.f.idx[k]!), val: keep.map((k) => e.f.val[k]!) };
}
const byHead = (h: Head) => examples.filter((e) => e.head === h);
console.error(`${docs.length} documents from ${paths.length} corpora; ${byHead('full').length} matched passages (${byHead('full').filter((e) => e.y).length} asserting), ${byHead('partial').length} near misses (${byHead('partial').filter((e) => e.y).length} asserting)`);

type Scored = { ex: Example; p: number };
interface Score { P: number; R: number; f1: number }

/** Document-level precision and recall of the passages predicted asserting (recall counts gold ids no passage found). */
function docScore(predictedIds: (d: LabelledDoc) => Set<string>, only?: ReadonlySet<string>): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of docs) {
    if (only && !only.has(d.doc)) continue;
    const pred = predictedIds(d);
    const amb = new Set(d.ambiguous ?? []);
    for (const id of pred) if (!amb.has(id)) (d.asserts.includes(id) ? tp++ : fp++);
    for (const id of d.asserts) if (!pred.has(id)) fn++;
  }
  const P = tp / Math.max(1, tp + fp);
  const R = tp / Math.max(1, tp + fn);
  return { P, R, f1: (2 * P * R) / Math.max(1e-9, P + R) };
}

function predictor(scored: readonly Scored[], t: Record<Head, number>): (d: LabelledDoc) => Set<string> {
  const byDoc = new Map<string, Set<string>>();
  for (const { ex, p } of scored) if (p >= t[ex.head]) (byDoc.get(ex.doc) ?? byDoc.set(ex.doc, new Set()).get(ex.doc)!).add(ex.id);
  return (d) => byDoc.get(d.doc) ?? new Set();
}

function outOfFold(head: Head, lambda: number): Scored[] {
  const own = byHead(head);
  const out: Scored[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const w = fit(own.filter((e) => foldOf(e.doc, FOLDS) !== k), lambda);
    for (const ex of own) if (foldOf(ex.doc, FOLDS) === k) out.push({ ex, p: sigmoid(dot(w, ex.f)) });
  }
  return out;
}

/** F0.5: precision counts twice as much as recall (a wrong mark is worse than none); smooth, so the choice is stable. */
const f05 = (s: Score) => (1.25 * s.P * s.R) / Math.max(1e-9, 0.25 * s.P + s.R);
const better = (a: Score, b: Score) => f05(a) > f05(b);

// The full head first, alone; then the partial head on top of the chosen full predictions.
let full = { lambda: LAMBDAS[0]!, t: 1, oof: [] as Scored[], s: { P: 0, R: 0, f1: 0 } };
for (const lambda of LAMBDAS) {
  const oof = outOfFold('full', lambda);
  for (const t of THRESHOLDS) {
    const s = docScore(predictor(oof, { full: t, partial: 2 }));
    if (better(s, full.s)) full = { lambda, t, oof, s };
  }
}
if (process.argv.includes('--curve')) {
  for (const t of THRESHOLDS) {
    const sc = docScore(predictor(full.oof, { full: t, partial: 2 }));
    console.error(`  full head at ${t.toFixed(2)}: precision ${sc.P.toFixed(3)} recall ${sc.R.toFixed(3)}`);
  }
}
let partial = { lambda: LAMBDAS[0]!, t: 1, oof: [] as Scored[], s: full.s };
for (const lambda of LAMBDAS) {
  const oof = outOfFold('partial', lambda);
  for (const t of THRESHOLDS) {
    const s = docScore(predictor([...full.oof, ...oof], { full: full.t, partial: t }));
    if (better(s, partial.s)) partial = { lambda, t, oof, s };
  }
}
const cv = [...full.oof, ...partial.oof];
const thresholds = { full: full.t, partial: partial.t };
const rules = predictor(examples.map((ex) => ({ ex, p: ex.head === 'full' && ex.f.idx.includes(NAMED.indexOf('rule.asserts')) ? 1 : 0 })), { full: 0.5, partial: 0.5 });
console.error('corpus                 rules alone P / R    learned, cross-validated P / R');
perCorpus.forEach((c, i) => {
  const only = new Set(c.map((d) => d.doc));
  const r = docScore(rules, only);
  const m = docScore(predictor(cv, thresholds), only);
  console.error(`  ${paths[i]!.split('/').pop()!.padEnd(22)} ${r.P.toFixed(3)} / ${r.R.toFixed(3)}        ${m.P.toFixed(3)} / ${m.R.toFixed(3)}`);
});
const all = docScore(predictor(cv, thresholds));
console.error(`cross-validated: full head lambda ${full.lambda} threshold ${full.t.toFixed(2)}, partial head lambda ${partial.lambda} threshold ${partial.t.toFixed(2)}: precision ${all.P.toFixed(3)} recall ${all.R.toFixed(3)}; calibration error ${calibrationError(cv).toFixed(3)}`);

if (process.argv.includes('--cv-errors')) {
  // Training data may be read: its cross-validated errors show what the features miss.
  const text = new Map(docs.map((d) => [d.doc, d]));
  const pred = predictor(cv, thresholds);
  for (const d of docs) {
    const ids = pred(d);
    for (const { ex, p } of cv) {
      if (ex.doc !== d.doc) continue;
      const wrong = (p >= thresholds[ex.head]) !== (ex.y === 1);
      if (wrong && (ex.y === 0 || !ids.has(ex.id))) console.log(`${d.doc} ${ex.y ? 'FN' : 'FP'} ${ex.id} ${ex.head} p=${p.toFixed(2)} :: ${ex.passage}`);
    }
  }
  void text;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const headData = (head: Head, lambda: number, threshold: number) => {
  const w = fit(byHead(head), lambda);
  return {
    weights: Array.from(w.subarray(0, NAMED.length), round),
    hashed: Array.from(w.subarray(NAMED.length), round).flatMap((x, i): [number, number][] => (Math.abs(x) >= 0.005 ? [[i, x]] : [])),
    threshold: Math.round(threshold * 100) / 100,
  };
};
const model: StanceModelData = {
  version: 2,
  named: [...NAMED],
  hashSize: HASH_SIZE,
  heads: { full: headData('full', full.lambda, full.t), partial: headData('partial', partial.lambda, partial.t) },
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
function calibrationError(scored: readonly Scored[]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  for (const { ex, p } of scored) {
    const b = bins[Math.min(9, Math.floor(p * 10))]!;
    b.n++;
    b.p += p;
    b.y += ex.y;
  }
  return bins.reduce((e, b) => e + (b.n ? Math.abs(b.p - b.y) : 0), 0) / Math.max(1, scored.length);
}
