import * as z from 'zod/mini'; // not full zod: see claims/schema.ts
import { BASE_COUNT, baseOf, FIT_HASH_SIZE, HASH_SIZE, NAMED, type Features, type NamedFeature } from './features';
import { unpackBytes, WEIGHT_STEP } from './packed-weights';
import { FlatTrees } from './trees';
import type { Stance } from './types';

/**
 * The learned stance step, as `npm run train` writes it (claims/stance-model.json): for matched
 * passages, boosted trees over the named features of claims/engine/features.ts plus the log-odds
 * of a linear model over the hashed words; for near misses, one linear model. Thresholds are the
 * probabilities at or above which a passage is taken as asserting its claim.
 */
/**
 * A logistic regression over all features: named weights, then one weight per hashed-word slot,
 * packed (dense, as nearly every slot is used: one signed byte of WEIGHT_STEP per slot, in base64;
 * see packed-weights.ts).
 */
const linearSchema = z.object({ weights: z.array(z.number()), hashed: z.string() });

const treeNodeSchema = z.union([z.tuple([z.int(), z.number(), z.int(), z.int()]), z.tuple([z.number()])]);

/** Probability at or above which a passage is taken as asserting its claim. */
const thresholdSchema = z.number().check(z.gte(0), z.lte(1));

/** The two heads: `full` for passages where a claim's pattern matched, `partial` for near misses (only the claim's own term). */
export type Head = 'full' | 'partial';

export const stanceModelSchema = z.object({
  version: z.literal(5),
  named: z.array(z.string()),
  hashSize: z.int().check(z.positive()),
  /** Slots of the claim fit's words (hashed per claim, so it needs more). */
  fitHashSize: z.int().check(z.positive()),
  heads: z.object({
    /**
     * Matched passages: boosted trees over the named features plus one more input, the log-odds
     * of a linear model over the hashed words alone (`words`, whose `weights` hold only the bias).
     */
    full: z.object({
      words: linearSchema,
      base: z.number(),
      trees: z.array(z.array(treeNodeSchema)),
      /**
       * Thresholds by what the rules read: keeping a rules' assertion, asserting a passage the
       * rules read as a mention, and turning a rules' refutation into an assertion each have
       * their own, chosen by cross-validation.
       */
      thresholds: z.object({ asserts: thresholdSchema, mentions: thresholdSchema, refutes: thresholdSchema }),
    }),
    /**
     * Near misses: one linear model over every feature. Left out when cross-validation switches
     * it off (threshold 1): the engine then never looks for near misses, and pages do not load
     * weights nothing reads.
     */
    partial: z.optional(z.extend(linearSchema, { threshold: thresholdSchema })),
    /**
     * Claim fit: one linear model over the match features and the passage's own words hashed per
     * claim (claimFitFeatures), giving the probability that the text is about the claim at all
     * (trained on whether the labels name it, asserted or mentioned). A matched passage asserts
     * only if this reaches `threshold` (see match.ts). Left out when cross-validation switches it off.
     */
    fit: z.optional(z.extend(linearSchema, { threshold: thresholdSchema })),
  }),
  trainedOn: z.object({ documents: z.int(), passages: z.int(), sha256: z.string() }),
});
export type StanceModelData = z.infer<typeof stanceModelSchema>;

/**
 * Plain words for the features a reader can check, used to say why a passage was read as it was,
 * each with the decision it can explain. A context that speaks against the claim ("the page
 * mostly disputes such claims") never explains an assertion, even where the trees happen to
 * weigh it that way (a page with few debunking cues scores above one with none); a card that
 * said "asserted, because the page disputes it" would read as a contradiction.
 */
const REASONS: Partial<Record<NamedFeature, readonly [text: string, explains: 'asserts' | 'not']>> = {
  'rule.negation': ['a negation governs the claim', 'not'],
  'rule.debunk': ['the sentence calls it a myth or disputes it', 'not'],
  'rule.question': ['it is asked, not stated', 'not'],
  'rule.report': ['it is reported as what others say', 'not'],
  'rule.quoted': ['it is in quotation marks', 'not'],
  'rule.sarcasm': ['it reads as sarcasm', 'not'],
  'rule.rhetorical': ['it is a question that takes the claim as given', 'asserts'],
  'next.refersBackNegated': ['the next sentence says it does not hold', 'not'],
  'next2.refersBackNegated': ['a sentence after it says it does not hold', 'not'],
  'prev.negation': ['the sentence before negates it', 'not'],
  'prev.debunk': ['the sentence before disputes it', 'not'],
  'prev.report': ['the sentence before reports it as what others say', 'not'],
  'next.negation': ['the next sentence negates it', 'not'],
  'next.debunk': ['the next sentence disputes it', 'not'],
  'next.postneg': ['the next sentence says it did not work', 'not'],
  'next.contrast': ['the next sentence turns against it', 'not'],
  'next2.debunk': ['a sentence after it disputes it', 'not'],
  'para.debunk': ['its paragraph disputes it', 'not'],
  'heading.debunk': ['the heading above calls it a myth or disputes it', 'not'],
  'heading.negation': ['the heading above negates it', 'not'],
  'heading.report': ['the heading above reports it as what others say', 'not'],
  'heading.question': ['the heading above asks about it', 'not'],
  'title.debunk': ['the page title calls it a myth or disputes it', 'not'],
  'title.negation': ['the page title negates it', 'not'],
  'title.question': ['the page title asks about it', 'not'],
  'list.verdictRefutes': ['the line after its list rejects the list', 'not'],
  'doc.debunkDensity': ['the page mostly disputes such claims', 'not'],
  'doc.refutedShare': ['the page mostly disputes such claims', 'not'],
  'same.refutedElsewhere': ['the page disputes the same claim elsewhere', 'not'],
  'same.assertedElsewhere': ['the page makes the same claim elsewhere', 'asserts'],
  'turn.nextDisputes': ['the next reply disputes it', 'not'],
  'turn.quotedLine': ['it is quoted from someone else', 'not'],
  'voice.firstPerson': ['the writer speaks from their own experience', 'asserts'],
  'voice.promo': ['it is part of a sales pitch', 'asserts'],
  'voice.sarcasm': ['it reads as sarcasm', 'not'],
};

export interface StanceModel {
  /** Probability that the passage asserts its claim. */
  probability(f: Features, head: Head): number;
  /** The probability at or above which a passage asserts, given the head and the rules' stance. */
  threshold(head: Head, rule: Stance): number;
  /** Up to `max` plain-language reasons pushing toward the decision taken (asserts or not). */
  reasons(f: Features, head: Head, asserts: boolean, max?: number): string[];
  /** Whether a matched passage's own sentence is about its claim enough to assert it (see the `fit` head; true when the model has none). */
  fits(fitFeatures: Features): boolean;
}

/** Why a matched passage was not taken as asserting when the claim-fit step turned it down. */
export const OFF_TOPIC_REASON = 'its sentence may be about something else';

/** The dense input of the tree head: the base named features, then the words model's log-odds. */
export function treeInput(f: Features, wordsLogit: number): Float64Array {
  const x = new Float64Array(BASE_COUNT + 1);
  for (let k = 0; k < f.idx.length; k++) if (f.idx[k]! < BASE_COUNT) x[f.idx[k]!] = f.val[k]!;
  x[BASE_COUNT] = wordsLogit;
  return x;
}

/** A linear model's log-odds: weights[0] is the bias; only hashed slots and the named features it has weights for count. */
export function linearLogit(w: Float64Array, f: Features): number {
  let z = w[0]!;
  for (let k = 0; k < f.idx.length; k++) if (f.idx[k]! !== 0) z += w[f.idx[k]!]! * f.val[k]!;
  return z;
}

/** Dense weights of a stored linear model (named weights, then the hashed ones). */
export function denseWeights(m: { weights: readonly number[]; hashed: string }, slots: number): Float64Array {
  const bytes = unpackBytes(m.hashed);
  if (bytes.length !== slots) throw new Error('claims/stance-model.json has the wrong number of hashed weights: run `npm run train`');
  const w = new Float64Array(NAMED.length + slots);
  w.set(m.weights);
  for (let i = 0; i < slots; i++) w[NAMED.length + i] = bytes[i]! * WEIGHT_STEP;
  return w;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The stance decision, in one place for the engine and for training (the claim fit is applied
 * after it, in match.ts and train.ts alike): where no context speaks
 * against a matched passage (see contextSpeaks), the rules' reading of the sentence stands
 * (above QUIET_FLOOR); otherwise the probability must reach the threshold for the rules' stance.
 * A near miss always needs its threshold.
 */
export function decidesAsserts(p: number, threshold: number, head: Head, rule: Stance, contextSpeaks: boolean): boolean {
  return head === 'full' && !contextSpeaks ? rule === 'asserts' && p >= QUIET_FLOOR : p >= threshold;
}

/** The stance a passage is shown with once decided: a rules' assertion not kept is only a mention; a refutation stays one. */
export function decidedStance(asserts: boolean, rule: Stance): Stance {
  return asserts ? 'asserts' : rule === 'asserts' ? 'mentions' : rule;
}

/**
 * Where no context speaks, a rules' assertion stands unless the model finds it unlikely: a
 * passage whose words read like another sense ("Tests and diagnosis", "crowds out bad bacteria")
 * is then shown as context, not marked. A round figure, not a tuned one: in cross-validation it
 * raised precision from 0.860 to 0.872 at a recall of 0.803 (unchanged); 0.5 gained more there
 * (0.883 / 0.802) but dropped plain assertions of the newer entries, whose words the training
 * corpora were never labelled for ("Hot take: quercetin seals the tight junctions" at 0.34).
 * The model goes no further: trained on debunk-heavy text it has topic priors, and letting it
 * overrule every quiet sentence stopped it marking a plain "Bone broth seals a leaky gut".
 * Lowered from 0.25 to 0.2 in the tenth session, when a retraining put that quercetin sentence
 * at 0.24 (cross-validation 0.874 / 0.779 at 0.25, 0.871 / 0.780 at 0.2): a retraining moves such
 * sentences by a few hundredths, so the floor keeps a margin below them.
 */
export const QUIET_FLOOR = 0.2;

/** Builds the model from validated weights; the feature list must be the one this code computes. */
export function createStanceModel(data: StanceModelData): StanceModel {
  if (data.named.join() !== NAMED.join() || data.hashSize !== HASH_SIZE || data.fitHashSize !== FIT_HASH_SIZE) {
    throw new Error('claims/stance-model.json was trained on other features: run `npm run train`');
  }
  const words = denseWeights(data.heads.full.words, HASH_SIZE);
  const partialHead = data.heads.partial;
  const partial = partialHead ? denseWeights(partialHead, HASH_SIZE) : undefined;
  const fitHead = data.heads.fit;
  const fit = fitHead ? denseWeights(fitHead, FIT_HASH_SIZE) : undefined;
  const { trees, base } = data.heads.full;
  const flat = new FlatTrees(trees);
  // For explanations: the roots of the trees that split on each feature (clearing a feature moves
  // only those), in ensemble order; a tree is met whole before the next, so it is the last listed.
  const rootLists = new Map<number, number[]>();
  trees.forEach((tree, t) => {
    const root = flat.roots[t]!;
    for (const node of tree) {
      if (node.length !== 4) continue;
      const list = rootLists.get(node[0]) ?? [];
      if (list[list.length - 1] !== root) list.push(root);
      rootLists.set(node[0], list);
    }
  });
  const rootsUsing = new Map([...rootLists].map(([feature, roots]) => [feature, Int32Array.from(roots)] as const));
  // The engine asks for a passage's probability and then its reasons: the trees' input is built once.
  let lastF: Features | undefined;
  let lastX: Float64Array | undefined;
  const inputOf = (f: Features) => {
    if (f !== lastF) {
      lastF = f;
      lastX = treeInput(f, linearLogit(words, f));
    }
    return lastX!;
  };
  const probability = (f: Features, head: Head) => {
    if (head === 'full') return sigmoid(flat.logit(base, inputOf(f)));
    return partial ? sigmoid(linearLogit(partial, f)) : 0;
  };
  return {
    threshold: (head, rule) => (head === 'full' ? data.heads.full.thresholds[rule] : (partialHead?.threshold ?? 1)),
    probability,
    fits: (g) => !fit || sigmoid(linearLogit(fit, g)) >= fitHead!.threshold,
    reasons(f, head, asserts, max = 2) {
      // What each readable context feature did: the log-odds with it, against without it (the
      // trees' input with that one feature cleared; the partial head's weight times its value).
      const x = head === 'full' ? inputOf(f) : undefined;
      const scored: [string, number][] = [];
      for (let k = 0; k < f.idx.length; k++) {
        const i = f.idx[k]!;
        if (i >= BASE_COUNT) continue;
        const reason = REASONS[baseOf(i)];
        if (!reason || reason[1] !== (asserts ? 'asserts' : 'not')) continue;
        const text = reason[0];
        if (scored.some(([t]) => t === text)) continue;
        let effect: number;
        if (x) {
          const using = rootsUsing.get(i);
          if (!using) continue;
          const kept = x[i]!;
          const z = flat.logit(0, x, using);
          x[i] = 0;
          effect = z - flat.logit(0, x, using);
          x[i] = kept;
        } else {
          effect = partial ? partial[i]! * f.val[k]! : 0;
        }
        if (asserts ? effect > 0.25 : effect < -0.25) scored.push([text, Math.abs(effect)]);
      }
      return scored.sort((a, b) => b[1] - a[1]).slice(0, max).map(([t]) => t);
    },
  };
}

/** The rules alone, as the engine decided before the learned step (near misses never assert): a baseline for evaluation. */
export function rulesOnlyModel(): StanceModel {
  const asserts = NAMED.indexOf('rule.asserts');
  return {
    threshold: () => 0.5,
    probability: (f, head) => (head === 'full' && f.idx.includes(asserts) ? 1 : 0),
    reasons: () => [],
    fits: () => true,
  };
}
