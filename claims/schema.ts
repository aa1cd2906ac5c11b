import * as z from 'zod/mini';
// zod/mini, not full zod, in everything the extension bundles: the same core and checks, but full
// zod's schema classes drag in a `new Function` probe (AMO's linter flags it as eval) and
// JSON-schema URLs the extension never uses. The build's URL and lint checks catch a regression.

// The two scales live in scales.ts, which the extension's small watch script bundles (through
// the settings) without the claim schema below.
import { evidenceSchema, verdictSchema } from './scales';
export { EVIDENCE_LEVELS, evidenceSchema, VERDICTS, verdictSchema, type EvidenceLevel, type Verdict } from './scales';

/** A claim id: kebab-case, also the data file's name and the database page's permalink. */
export const idSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'));

/** A citation; at least one stable identifier so a reader can find the exact work. */
export const sourceSchema = z
  .strictObject({
    title: z.string().check(z.minLength(5)),
    authors: z.optional(z.string().check(z.minLength(2))),
    year: z.int().check(z.gte(1900), z.lte(2100)),
    journal: z.optional(z.string().check(z.minLength(2))),
    pmid: z.optional(z.string().check(z.regex(/^\d{5,9}$/, 'PMID is digits only'))),
    doi: z.optional(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/, 'DOI starts with 10.'))),
    url: z.optional(z.url().check(z.refine((u) => u.startsWith('https://'), 'official pages are linked over https'))),
  })
  .check(z.refine((s) => s.pmid ?? s.doi ?? s.url, { message: 'needs a pmid, doi or url' }));

/** One line of an entry's change history. */
export const historySchema = z.strictObject({
  date: z.iso.date(),
  change: z.string().check(z.minLength(10), z.refine((s) => !s.includes('\n'), 'one line')),
});

/**
 * Matching knowledge for one claim. `concepts` are this claim's own term lists; `patterns` are
 * alternative conjunctions of concept names (own or shared vocabulary): a passage matches when
 * every concept of one pattern occurs in it (README, "How the engine decides", steps 2 and 4).
 */
export const matchSchema = z.strictObject({
  concepts: z.record(
    z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
    z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
  ),
  patterns: z.array(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))).check(z.minLength(1)),
  /**
   * Which way the claim's cause runs, for claims a page may state the other way round ("food
   * sensitivities can lead to leaky gut" is not "leaky gut multiplies food sensitivities"): where a
   * causal connective ("leads to", "caused by") stands between a `cause` concept and an `effect`
   * concept (the match's own, or the other side's nearest term in the passage when a pattern names
   * one side only), the sentence must name them in the claim's direction (README, step 4).
   */
  direction: z.optional(
    z.strictObject({
      cause: z.array(z.string()).check(z.minLength(1)),
      effect: z.array(z.string()).check(z.minLength(1)),
      /**
       * Cause concepts that can also be what a leaky gut lets through (bacteria, yeast): where the
       * matched term is what passes ("bad bacteria and toxins pass into your blood", "the
       * translocation of bad bacteria"; the vocabulary's `cargoAfter` / `cargoBefore` cues), it is
       * the leak's cargo, not its cause, and that pattern does not match. Each must be a `cause`.
       */
      cargo: z.optional(z.array(z.string()).check(z.minLength(1))),
    }),
  ),
  /** Concept names that veto this claim in a passage (e.g. "skin" for collagen). */
  unless: z.optional(z.array(z.string())),
  /** At least `min` distinct concepts of `names` in one passage count as the pseudo-concept "@groups" (food lists). */
  groups: z.optional(
    z.strictObject({ names: z.array(z.string()).check(z.minLength(2)), min: z.int().check(z.gte(2)) }),
  ),
});

export const claimSchema = z.strictObject({
  id: idSchema,
  aliases: z.optional(z.array(idSchema)),
  claim: z.string().check(z.minLength(10), z.refine((s) => !s.includes('\n'), 'one line')),
  verdict: verdictSchema,
  evidence: evidenceSchema,
  summary: z.string().check(z.minLength(40), z.maxLength(600)),
  nuance: z.string().check(z.minLength(40), z.maxLength(900)),
  advice: z.string().check(z.minLength(20), z.maxLength(600)),
  /** Two at least, so no verdict rests on a single paper (the second edition's rule). */
  sources: z.array(sourceSchema).check(z.minLength(2, 'needs at least two sources')),
  reviewed: z.iso.date(),
  /** Who last reviewed the entry against its sources. */
  reviewedBy: z.string().check(z.minLength(2)),
  /** What changed and why, oldest first; a reviewer's correction that was not taken is answered here too. */
  history: z.array(historySchema).check(z.minLength(1, 'needs at least one line of history')),
  related: z.optional(z.array(idSchema)),
  match: matchSchema,
  examples: z.strictObject({
    asserts: z.array(z.string().check(z.minLength(10))).check(z.minLength(3)),
    mentions: z.array(z.string().check(z.minLength(10))).check(z.minLength(2)),
  }),
});

export type Source = z.infer<typeof sourceSchema>;
export type HistoryEntry = z.infer<typeof historySchema>;
export type ClaimMatchRules = z.infer<typeof matchSchema>;
export type Claim = z.infer<typeof claimSchema>;
