import { groupPassages, verdictCounts } from '@/components/sidepanel/claim-groups';
import type { TabResults } from '../lib/messages';
import { countsText } from './strings';

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
