import { i18n } from '#i18n';
import { useMemo, useState } from 'react';
import type { Claim } from '@/claims/schema';
import { ClaimGroups } from './ClaimGroups';
import { claimTotal, filterGroups, groupPassages, NO_FILTER, type FoundPassage, type ListQuery } from './claim-groups';
import { ListControls } from './ListControls';

export interface ClaimBrowserProps {
  passages: readonly FoundPassage[];
  claimOf(id: string): Claim | undefined;
  onShow?(passage: FoundPassage): void;
}

/**
 * Passages as a grouped list with its search box and verdict filter; the same for a page and for
 * pasted text. The query survives new passages (a growing feed, another tab), so a reader's
 * filter stays put while the list follows the page.
 */
export function ClaimBrowser({ passages, claimOf, onShow }: ClaimBrowserProps) {
  const [query, setQuery] = useState<ListQuery>(NO_FILTER);
  const groups = useMemo(() => groupPassages(passages.filter((p) => claimOf(p.id))), [passages, claimOf]);
  const shown = useMemo(() => filterGroups(groups, query, (id) => claimOf(id)?.claim ?? ''), [groups, query, claimOf]);
  if (!groups.length) return null;
  return (
    <>
      <ListControls query={query} shown={claimTotal(shown)} total={claimTotal(groups)} onChange={setQuery} />
      {shown.length ? (
        <ClaimGroups groups={shown} claimOf={claimOf} onShow={onShow} />
      ) : (
        <p className="no-match" data-testid="panel-no-match">
          {i18n.t('panel.noMatch')}
        </p>
      )}
    </>
  );
}
