/**
 * Training the stance model: every rule match in a labelled corpus becomes one example, labelled
 * by the document's gold lists (1 when the document asserts the claim, 0 when it only mentions
 * it or does not make it; ambiguous ids are left out), and by whether the labels name the claim at
 * all (the claim fit's label). The linear models (the words model, the near-miss head, the claim
 * fit) are fitted here by full-batch Adam with L2 in a fixed order, so the same data
 * always gives the same weights; the trees are fitted by claims/engine/trees.ts (see train.ts).
 */
import { createCandidateFinder, type CandidateFinder, type Found } from '../claims/engine/candidates';
import { claimFitFeatures, contextSpeaks, featureContext, featurize, HASH_SIZE, NAMED, type Features } from '../claims/engine/features';
import { bundledVocabulary, checkVocabulary } from '../claims/engine/bundled-data';
import { quantize } from '../claims/engine/packed-weights';
import { linearLogit, sigmoid, type Head } from '../claims/engine/stance-model';
import type { Stance } from '../claims/engine/types';
import type { Claim } from '../claims/schema';
import type { LabelledDoc } from './corpus-score';

export interface Example {
  doc: string;
  id: string;
  head: Head;
  f: Features;
  y: 0 | 1;
  /** The passage's sentence, for reading errors. */
  passage: string;
  /** How much the example counts in fitting (see weightOf in train.ts). */
  weight: number;
  /** The rules' stance (each has its own threshold). */
  rule: Stance;
  /** What the claim-fit step sees (see claimFitFeatures); empty for near misses. */
  fitF: Features;
  /** Whether the document's labels name the claim at all (asserted or mentioned): 0 means the rules matched a claim the text is not about. */
  present: 0 | 1;
  /** Whether any context speaks against the claim (see contextSpeaks). */
  contrary: boolean;
}

/** The rule stage alone: training must not load the model it is about to write. */
export function makeFinder(claims: readonly Claim[]): CandidateFinder {
  checkVocabulary();
  return createCandidateFinder(claims, bundledVocabulary);
}

/** The examples of one document, in the order the rules found them. */
export function examplesOf(finder: CandidateFinder, d: LabelledDoc, weight = 1): Example[] {
  const found = finder.find(d.text);
  if (!found) return [];
  const ctx = featureContext(d.text, found);
  const amb = new Set(d.ambiguous ?? []);
  return found.candidates
    .filter((c) => !amb.has(c.id))
    .map((c) => {
      const f = featurize(ctx, c);
      const head = c.partial ? ('partial' as const) : ('full' as const);
      const y = d.asserts.includes(c.id) ? (1 as const) : (0 as const);
      const present = y || d.mentions_not_asserted.includes(c.id) ? (1 as const) : (0 as const);
      return { doc: d.doc, id: c.id, head, f, fitF: c.partial ? { idx: [], val: [] } : claimFitFeatures(ctx, c, f), present, passage: unitText(d.text, found, c.core), weight, rule: c.rule.stance, contrary: contextSpeaks(f), y };
    });
}

function unitText(text: string, found: Found, u: number): string {
  const unit = found.units[u]!;
  return text.slice(found.tokens[unit.t0]!.start, found.tokens[unit.t1 - 1]!.end).replace(/\s+/g, ' ');
}

/**
 * Fits weights; lambda is the L2 strength per example (the bias is not penalised); `slots` is the
 * model's number of hashed slots. The hashed weights come back on the stored grid.
 */
export function fit(examples: readonly Example[], lambda: number, slots = HASH_SIZE, iterations = 400): Float64Array {
  const dim = NAMED.length + slots;
  const w = new Float64Array(dim);
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  const g = new Float64Array(dim);
  const n = examples.length;
  const lr = 0.05;
  for (let t = 1; t <= iterations; t++) {
    g.fill(0);
    for (const ex of examples) {
      const err = (sigmoid(linearLogit(w, ex.f)) - ex.y) * ex.weight;
      for (let k = 0; k < ex.f.idx.length; k++) g[ex.f.idx[k]!]! += (err * ex.f.val[k]!) / n;
    }
    // Named features are few and seen often: they get a tenth of the hashed words' penalty.
    for (let i = 1; i < NAMED.length; i++) g[i]! += 0.1 * lambda * w[i]!;
    for (let i = NAMED.length; i < dim; i++) g[i]! += lambda * w[i]!;
    const b1 = 1 - 0.9 ** t;
    const b2 = 1 - 0.999 ** t;
    for (let i = 0; i < dim; i++) {
      m[i] = 0.9 * m[i]! + 0.1 * g[i]!;
      v[i] = 0.999 * v[i]! + 0.001 * g[i]! * g[i]!;
      w[i]! -= (lr * (m[i]! / b1)) / (Math.sqrt(v[i]! / b2) + 1e-8);
    }
  }
  // The hashed weights as they will be stored (packed-weights.ts): every model scored in
  // cross-validation, and every words model the trees learn from, is the one that would ship.
  quantize(w, NAMED.length);
  return w;
}



/** Deterministic fold of a document id (FNV-1a), so folds never split a document. */
export function foldOf(doc: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < doc.length; i++) h = Math.imul(h ^ doc.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}

/**
 * Each claim's example sentences as one-sentence documents: asserting or only mentioning that
 * claim. Other claims a sentence happens to touch are unlabelled there, so they are ambiguous.
 */
export function exampleDocs(claims: readonly Claim[]): LabelledDoc[] {
  const ids = claims.map((c) => c.id);
  return claims.flatMap((c) => {
    const others = ids.filter((id) => id !== c.id);
    const doc = (text: string, i: number, asserts: boolean): LabelledDoc => ({
      doc: `example:${c.id}:${asserts ? 'a' : 'm'}${i}`,
      text,
      asserts: asserts ? [c.id] : [],
      mentions_not_asserted: asserts ? [] : [c.id],
      ambiguous: others,
    });
    return [...c.examples.asserts.map((t, i) => doc(t, i, true)), ...c.examples.mentions.map((t, i) => doc(t, i, false))];
  });
}
