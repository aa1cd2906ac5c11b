import { i18n } from '#i18n';
import type { Verdict } from '@/claims/schema';
import { groupPassages, verdictCounts } from '@/components/sidepanel/claim-groups';
import { verdictLabel } from '@/components/words';
import type { TabResults } from '../lib/messages';

/**
 * "3 claims on this page: 2 not supported, 1 well supported": the badge's number, then the same
 * claims counted by verdict in words (most doubtful first), so colour is never needed to tell.
 */
export function countsText(counts: readonly { verdict: Verdict; count: number }[]): string {
  const total = counts.reduce((n, c) => n + c.count, 0);
  const head = i18n.t('popup.counts', total);
  if (!total) return head;
  return `${head}: ${counts.map((c) => `${c.count} ${verdictLabel(c.verdict).toLowerCase()}`).join(', ')}`;
}

/**
 * The page's claims counted by verdict in words, from the background's results for this tab
 * (the badge's source, so the two always agree). Updated live by the popup as the page grows.
 */
export function PageSummary({ results }: { results: TabResults | null }) {
  return (
    <p className="found" data-testid="popup-counts">
      {countsText(verdictCounts(groupPassages(results?.claims ?? [])))}
    </p>
  );
}
