import type { EvidenceLevel, Verdict } from './schema';
import type { Stance } from './engine/types';

/**
 * Plain words for the database's codes, for the command and the ClaimReview export, which run
 * without a browser. The extension reads the same words from locales/<lang>.yml
 * (components/words.ts); test/unit/i18n/locale-keys.test.ts checks that the English agrees, so a
 * verdict reads the same everywhere. Written for patients: short labels, and one sentence each
 * that says what the label means for them.
 */

/** Verdict labels, e.g. for a badge. */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  supported: 'Well supported',
  mixed: 'Mixed',
  overstated: 'Overstated',
  unsupported: 'Not supported',
  contradicted: 'Contradicted',
};

/** What each verdict means, in one sentence (tooltips, the card, the command's legend). */
export const VERDICT_MEANINGS: Readonly<Record<Verdict, string>> = {
  supported: 'Good studies back this claim as stated.',
  mixed: 'True for some people or in some situations, but not as a general rule.',
  overstated: 'Based on a real finding, but it claims more than the research shows.',
  unsupported: 'There is no good evidence for this claim.',
  contradicted: 'Good evidence or basic biology says this is not true.',
};

/** Evidence-strength labels (GRADE levels). */
export const EVIDENCE_WORDS: Readonly<Record<EvidenceLevel, string>> = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
  'very-low': 'Very low',
};

/** What each evidence level means for how much to trust the verdict. */
export const EVIDENCE_MEANINGS: Readonly<Record<EvidenceLevel, string>> = {
  high: 'Strong, consistent research; unlikely to change.',
  moderate: 'Fairly good research; could still change with new studies.',
  low: 'Limited research, such as small or early studies; may well change.',
  'very-low': 'Little or no direct research in people; treat any promise with caution.',
};

/** How a page relates to a claim it names. */
export const STANCE_WORDS: Readonly<Record<Stance, string>> = {
  asserts: 'Makes this claim',
  refutes: 'Disputes this claim',
  mentions: 'Mentions this claim',
};

/** The label of passages a page only mentions or disputes (the quiet grey line), as the legend and the side panel name them. */
export const CONTEXT_WORDS = 'Mentioned or disputed, not claimed';

/** Label for a verdict code; unknown codes pass through so a newer database still prints. */
export function verdictWords(verdict: string): string {
  return (VERDICT_WORDS as Record<string, string>)[verdict] ?? verdict;
}

/** Label for an evidence code; unknown codes pass through. */
export function evidenceWords(level: string): string {
  return (EVIDENCE_WORDS as Record<string, string>)[level] ?? level;
}
