import type { Verdict } from '@/claims/schema';
import { verdictWords } from '@/claims/words';

/** The popup's sentences about the page and the side panel, kept together for a later translation. */
export const STRINGS = {
  openPanel: 'Open the GutCheck panel',
  openPanelHint: 'Lists every claim on this page, and checks text you paste.',
} as const;

/**
 * "3 claims on this page: 2 not supported, 1 well supported": the badge's number, then the same
 * claims counted by verdict in words (most doubtful first), so colour is never needed to tell.
 */
export function countsText(counts: readonly { verdict: Verdict; count: number }[]): string {
  const total = counts.reduce((n, c) => n + c.count, 0);
  const head = total === 1 ? '1 claim on this page' : `${total} claims on this page`;
  if (!total) return head;
  return `${head}: ${counts.map((c) => `${c.count} ${verdictWords(c.verdict).toLowerCase()}`).join(', ')}`;
}
