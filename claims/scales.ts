import * as z from 'zod/mini';

/** Verdict scale of ../shared/claims-taxonomy.md: how a patient should read the claim. */
export const VERDICTS = ['supported', 'mixed', 'overstated', 'unsupported', 'contradicted'] as const;
/** GRADE scale: strength of the evidence FOR the claim as stated. */
export const EVIDENCE_LEVELS = ['high', 'moderate', 'low', 'very-low'] as const;

export const verdictSchema = z.enum(VERDICTS);
export const evidenceSchema = z.enum(EVIDENCE_LEVELS);

export type Verdict = z.infer<typeof verdictSchema>;
export type EvidenceLevel = z.infer<typeof evidenceSchema>;
