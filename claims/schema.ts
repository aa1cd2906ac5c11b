import { z } from 'zod';

/** Verdict scale of ../shared/claims-taxonomy.md: how a patient should read the claim. */
export const VERDICTS = ['supported', 'mixed', 'overstated', 'unsupported', 'contradicted'] as const;
/** GRADE scale: strength of the evidence FOR the claim as stated. */
export const EVIDENCE_LEVELS = ['high', 'moderate', 'low', 'very-low'] as const;

export const verdictSchema = z.enum(VERDICTS);
export const evidenceSchema = z.enum(EVIDENCE_LEVELS);

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case');

/** A citation; at least one stable identifier so a reader can find the exact work. */
export const sourceSchema = z
  .object({
    title: z.string().min(5),
    authors: z.string().min(2).optional(),
    year: z.number().int().min(1900).max(2100),
    journal: z.string().min(2).optional(),
    pmid: z.string().regex(/^\d{5,9}$/, 'PMID is digits only').optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'DOI starts with 10.').optional(),
    url: z.url().refine((u) => u.startsWith('https://'), 'official pages are linked over https').optional(),
  })
  .strict()
  .refine((s) => s.pmid ?? s.doi ?? s.url, { message: 'needs a pmid, doi or url' });

/** One line of an entry's change history. */
export const historySchema = z
  .object({
    date: z.iso.date(),
    change: z.string().min(10).refine((s) => !s.includes('\n'), 'one line'),
  })
  .strict();

/**
 * Matching knowledge for one claim. `concepts` are this claim's own term lists; `patterns` are
 * alternative conjunctions of concept names (own or shared vocabulary): a passage matches when
 * every concept of one pattern occurs in it (README, "How the engine decides", steps 2 and 4).
 */
export const matchSchema = z
  .object({
    concepts: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.array(z.string().min(2)).min(1)),
    patterns: z.array(z.array(z.string().min(1)).min(1)).min(1),
    /** Concept names that veto this claim in a passage (e.g. "skin" for collagen). */
    unless: z.array(z.string()).optional(),
    /** At least `min` distinct concepts of `names` in one passage count as the pseudo-concept "@groups" (food lists). */
    groups: z.object({ names: z.array(z.string()).min(2), min: z.number().int().min(2) }).strict().optional(),
  })
  .strict();

export const claimSchema = z
  .object({
    id: idSchema,
    aliases: z.array(idSchema).optional(),
    claim: z.string().min(10).refine((s) => !s.includes('\n'), 'one line'),
    verdict: verdictSchema,
    evidence: evidenceSchema,
    summary: z.string().min(40).max(600),
    nuance: z.string().min(40).max(900),
    advice: z.string().min(20).max(600),
    /** Two at least, so no verdict rests on a single paper (the second edition's rule). */
    sources: z.array(sourceSchema).min(2),
    reviewed: z.iso.date(),
    /** Who last reviewed the entry against its sources. */
    reviewedBy: z.string().min(2),
    /** What changed and why, oldest first; a reviewer's correction that was not taken is answered here too. */
    history: z.array(historySchema).min(1),
    related: z.array(idSchema).optional(),
    match: matchSchema,
    examples: z
      .object({
        asserts: z.array(z.string().min(10)).min(3),
        mentions: z.array(z.string().min(10)).min(2),
      })
      .strict(),
  })
  .strict();

export type Verdict = z.infer<typeof verdictSchema>;
export type EvidenceLevel = z.infer<typeof evidenceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type HistoryEntry = z.infer<typeof historySchema>;
export type ClaimMatchRules = z.infer<typeof matchSchema>;
export type Claim = z.infer<typeof claimSchema>;
