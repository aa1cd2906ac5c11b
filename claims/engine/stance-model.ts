import { z } from 'zod';
import { baseOf, HASH_SIZE, NAMED, type Features, type NamedFeature } from './features';

/**
 * The learned stance step's weights, as `npm run train` writes them (claims/stance-model.json):
 * a logistic regression over the features of claims/engine/features.ts. `threshold` is the
 * probability at or above which a passage is taken as asserting its claim.
 */
const headSchema = z.object({
  weights: z.array(z.number()),
  /** Hashed-word weights, sparse: [slot, weight] pairs. */
  hashed: z.array(z.tuple([z.number().int().nonnegative(), z.number()])),
  /** Probability at or above which a passage is taken as asserting its claim. */
  threshold: z.number().min(0).max(1),
});

/** The two heads: `full` for passages where a claim's pattern matched, `partial` for near misses (only the claim's own term). */
export type Head = 'full' | 'partial';

export const stanceModelSchema = z.object({
  version: z.literal(2),
  named: z.array(z.string()),
  hashSize: z.number().int().positive(),
  heads: z.object({ full: headSchema, partial: headSchema }),
  trainedOn: z.object({ documents: z.number().int(), passages: z.number().int(), sha256: z.string() }),
});
export type StanceModelData = z.infer<typeof stanceModelSchema>;

/** Plain words for the features a reader can check, used to say why a passage was read as it was. */
const REASONS: Partial<Record<NamedFeature, string>> = {
  'rule.negation': 'a negation governs the claim',
  'rule.debunk': 'the sentence calls it a myth or disputes it',
  'rule.question': 'it is asked, not stated',
  'rule.report': 'it is reported as what others say',
  'rule.quoted': 'it is in quotation marks',
  'prev.negation': 'the sentence before negates it',
  'prev.debunk': 'the sentence before disputes it',
  'prev.report': 'the sentence before reports it as what others say',
  'next.negation': 'the next sentence negates it',
  'next.debunk': 'the next sentence disputes it',
  'next.postneg': 'the next sentence says it did not work',
  'next.contrast': 'the next sentence turns against it',
  'next2.debunk': 'a sentence after it disputes it',
  'para.debunk': 'its paragraph disputes it',
  'heading.debunk': 'the heading above calls it a myth or disputes it',
  'heading.negation': 'the heading above negates it',
  'heading.report': 'the heading above reports it as what others say',
  'heading.question': 'the heading above asks about it',
  'title.debunk': 'the page title calls it a myth or disputes it',
  'title.negation': 'the page title negates it',
  'title.question': 'the page title asks about it',
  'list.verdictRefutes': 'the line after its list rejects the list',
  'doc.debunkDensity': 'the page mostly disputes such claims',
  'doc.refutedShare': 'the page mostly disputes such claims',
  'same.refutedElsewhere': 'the page disputes the same claim elsewhere',
  'same.assertedElsewhere': 'the page makes the same claim elsewhere',
  'turn.nextDisputes': 'the next reply disputes it',
  'turn.quotedLine': 'it is quoted from someone else',
  'voice.firstPerson': 'the writer speaks from their own experience',
  'voice.promo': 'it is part of a sales pitch',
  'voice.sarcasm': 'it reads as sarcasm',
};

export interface StanceModel {
  /** Probability that the passage asserts its claim. */
  probability(f: Features, head: Head): number;
  threshold(head: Head): number;
  /** Up to `max` plain-language reasons pushing toward the decision taken (asserts or not). */
  reasons(f: Features, head: Head, asserts: boolean, max?: number): string[];
}

/** Builds the model from validated weights; the feature list must be the one this code computes. */
export function createStanceModel(data: StanceModelData): StanceModel {
  if (data.named.join() !== NAMED.join() || data.hashSize !== HASH_SIZE) {
    throw new Error('claims/stance-model.json was trained on other features: run `npm run train`');
  }
  const dense = (head: z.infer<typeof headSchema>) => {
    const w = new Float64Array(NAMED.length + HASH_SIZE);
    w.set(head.weights);
    for (const [slot, weight] of head.hashed) w[NAMED.length + slot] = weight;
    return w;
  };
  const w = { full: dense(data.heads.full), partial: dense(data.heads.partial) };
  const dot = (f: Features, head: Head) => {
    let z = 0;
    for (let k = 0; k < f.idx.length; k++) z += w[head][f.idx[k]!]! * f.val[k]!;
    return z;
  };
  return {
    threshold: (head) => data.heads[head].threshold,
    probability: (f, head) => 1 / (1 + Math.exp(-dot(f, head))),
    reasons(f, head, asserts, max = 2) {
      const seen = new Set<string>();
      const scored: [string, number][] = [];
      for (let k = 0; k < f.idx.length; k++) {
        const i = f.idx[k]!;
        if (i >= NAMED.length) continue;
        const text = REASONS[baseOf(i)];
        const c = w[head][i]! * f.val[k]!;
        if (text && (asserts ? c > 0.3 : c < -0.3) && !seen.has(text)) {
          seen.add(text);
          scored.push([text, Math.abs(c)]);
        }
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
  };
}
