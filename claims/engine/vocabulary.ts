import { z } from 'zod';

/**
 * The shared vocabulary (claims/vocabulary.json): concepts every claim may use (gut, heal,
 * harm...), stance cues, the distinctive words worth typo-tolerant lookup, and extra words that
 * help split lower-case hashtags. Claim-specific terms live in each claim's own `match`.
 */
export const vocabularySchema = z
  .object({
    concepts: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.array(z.string().min(1)).min(1)),
    cues: z
      .object({
        negation: z.array(z.string()),
        negationExempt: z.array(z.string()),
        postNegation: z.array(z.string()),
        debunk: z.array(z.string()),
        report: z.array(z.string()),
        /** Contrastive words ("but", "however") that end a negation's or debunk's reach. */
        contrast: z.array(z.string()),
      })
      .strict(),
    fuzzy: z.array(z.string()),
    fuzzyExclude: z.array(z.string()),
    tagWords: z.array(z.string()),
  })
  .strict();

export type Vocabulary = z.infer<typeof vocabularySchema>;
