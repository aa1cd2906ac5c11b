import * as z from 'zod/mini'; // not full zod: see claims/schema.ts

/**
 * The shared vocabulary (claims/vocabulary.json): concepts every claim may use (gut, heal,
 * harm...), stance cues, the distinctive words worth typo-tolerant lookup, and extra words that
 * help split lower-case hashtags. Claim-specific terms live in each claim's own `match`.
 */
export const vocabularySchema = z.strictObject({
  concepts: z.record(
    z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
    z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  ),
  cues: z.strictObject({
    negation: z.array(z.string()),
    negationExempt: z.array(z.string()),
    postNegation: z.array(z.string()),
    debunk: z.array(z.string()),
    report: z.array(z.string()),
    /** Contrastive words ("but", "however") that end a negation's or debunk's reach. */
    contrast: z.array(z.string()),
    /** Causal connectives whose subject is the cause ("leads to", "triggers"): see a claim's `direction`. */
    causes: z.array(z.string()),
    /**
     * Causal connectives that name the cause after them ("caused by", "due to"). Not a bare
     * "from": "protects you from dementia" and "mycotoxins from mouldy coffee" name no cause.
     */
    causedBy: z.array(z.string()),
    /** Words after a term that make it what crosses the lining ("...pass into your blood"): see a claim's `direction.cargo`. */
    cargoAfter: z.array(z.string()),
    /** Words before a term that make it what crosses the lining ("the translocation of..."). */
    cargoBefore: z.array(z.string()),
    /** Words before a term that make the lines under a heading its causes ("Common causes of leaky gut include:"). */
    causesOf: z.array(z.string()),
    /** Words before a term that make the lines under a heading its effects ("Signs of a leaky gut"). */
    effectsOf: z.array(z.string()),
  }),
  fuzzy: z.array(z.string()),
  fuzzyExclude: z.array(z.string()),
  tagWords: z.array(z.string()),
});

export type Vocabulary = z.infer<typeof vocabularySchema>;
