import { reviewDate } from '../review-date';

/**
 * Every sentence the database page shows, in one place, so translating the page later means
 * translating this file. Verdict and evidence labels come from claims/words.ts, shared with the
 * card and the command.
 */
export const STRINGS = {
  title: 'GutCheck claims database',
  intro:
    'Every leaky-gut claim GutCheck knows, with what the research says about it. Nothing on this page is fetched from the internet.',
  note: 'This is general information, not medical advice.',
  searchLabel: 'Search claims',
  searchHint: 'Words from a claim, such as “bone broth” or “zonulin test”. Spelling mistakes are fine.',
  verdictLabel: 'Verdict',
  evidenceLabel: 'Strength of evidence',
  anyVerdict: 'Any verdict',
  anyEvidence: 'Any strength',
  showAll: 'Show all entries',
  noMatch: 'No entries match. Try other words, or show all entries.',
  whatResearchSays: 'What the research says',
  advice: 'What you can do',
  sources: 'Sources',
  history: 'Change history',
  permalink: 'Link to this entry',
} as const;

/** "12 of 49 entries" (the count of shown entries, read out when it changes). */
export function countText(shown: number, total: number): string {
  return `${shown} of ${total} ${total === 1 ? 'entry' : 'entries'}`;
}

/** "Reviewed 5 December 2026 by GutCheck editors", worded as on the evidence card. */
export function reviewedText(isoDate: string, by: string): string {
  return `Reviewed ${reviewDate(isoDate)} by ${by}`;
}

/** The history toggle's label, with how many changes it holds. */
export function historySummary(changes: number): string {
  return `${STRINGS.history} (${changes} ${changes === 1 ? 'change' : 'changes'})`;
}
