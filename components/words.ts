import { i18n } from '#i18n';
import type { Stance } from '@/claims/engine/types';
import type { EvidenceLevel, Verdict } from '@/claims/schema';

/**
 * The extension's words for the database's codes (verdicts, evidence levels, stances), read from
 * locales/<lang>.yml through @wxt-dev/i18n, so the card, the pages and the reports speak the
 * reader's language. claims/words.ts keeps the same English for the `gutcheck` command and the
 * ClaimReview export, which run without a browser; test/unit/i18n/locale-keys.test.ts checks
 * that the two agree.
 */

const VERDICT_KEYS = {
  supported: 'verdict.supported',
  mixed: 'verdict.mixed',
  overstated: 'verdict.overstated',
  unsupported: 'verdict.unsupported',
  contradicted: 'verdict.contradicted',
} as const satisfies Record<Verdict, string>;

const VERDICT_MEANING_KEYS = {
  supported: 'verdictMeaning.supported',
  mixed: 'verdictMeaning.mixed',
  overstated: 'verdictMeaning.overstated',
  unsupported: 'verdictMeaning.unsupported',
  contradicted: 'verdictMeaning.contradicted',
} as const satisfies Record<Verdict, string>;

// Message names allow no hyphen, so "very-low" is veryLow there.
const EVIDENCE_KEYS = {
  high: 'evidence.high',
  moderate: 'evidence.moderate',
  low: 'evidence.low',
  'very-low': 'evidence.veryLow',
} as const satisfies Record<EvidenceLevel, string>;

const EVIDENCE_MEANING_KEYS = {
  high: 'evidenceMeaning.high',
  moderate: 'evidenceMeaning.moderate',
  low: 'evidenceMeaning.low',
  'very-low': 'evidenceMeaning.veryLow',
} as const satisfies Record<EvidenceLevel, string>;

const STANCE_KEYS = {
  asserts: 'stance.asserts',
  refutes: 'stance.refutes',
  mentions: 'stance.mentions',
} as const satisfies Record<Stance, string>;

/** The verdict in words ("Not supported"): never colour alone. */
export const verdictLabel = (verdict: Verdict): string => i18n.t(VERDICT_KEYS[verdict]);

/** What a verdict means for the reader, in one sentence. */
export const verdictMeaning = (verdict: Verdict): string => i18n.t(VERDICT_MEANING_KEYS[verdict]);

/** The GRADE level in words ("Very low"). */
export const evidenceLabel = (level: EvidenceLevel): string => i18n.t(EVIDENCE_KEYS[level]);

/** What an evidence level means for how much to trust the verdict. */
export const evidenceMeaning = (level: EvidenceLevel): string => i18n.t(EVIDENCE_MEANING_KEYS[level]);

/** How a page relates to a claim it names ("Disputes this claim"). */
export const stanceLabel = (stance: Stance): string => i18n.t(STANCE_KEYS[stance]);

/** The quiet group of passages a page only mentions or disputes, as the legend and the side panel name it. */
export const contextLabel = (): string => i18n.t('stance.context');
