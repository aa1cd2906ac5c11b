import { i18n } from '#i18n';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Claim } from '@/claims/schema';
import { BrowseControls } from './BrowseControls';
import { ClaimEntry } from './ClaimEntry';
import { createClaimBrowser, NO_QUERY, type BrowseQuery } from './claim-search';
import { focusEntry, useHashTarget, type HashTarget } from './use-hash-target';

/**
 * The database page: every entry, a fuzzy search and two filters, and permalinks
 * (`#<claim id>`) that scroll to and focus their entry, which is where the card's "More about
 * this claim" lands. Takes the claims as a prop, so tests render it with the bundle or a few.
 */
export function DatabaseBrowser({ claims }: { claims: readonly Claim[] }) {
  const browse = useMemo(() => createClaimBrowser(claims), [claims]);
  const [query, setQuery] = useState<BrowseQuery>(NO_QUERY);
  const shown = useMemo(() => browse(query), [browse, query]);
  const target = useHashTarget();
  const handled = useRef<HashTarget | null>(null);

  useEffect(() => {
    if (!target || handled.current === target) return;
    if (claims.some((c) => c.id === target.id) && !shown.some((c) => c.id === target.id)) {
      // A permalink must land even when the current search or filter hides its entry: clear
      // them, and this effect runs again with every entry shown.
      setQuery(NO_QUERY);
      return;
    }
    handled.current = target;
    const el = document.getElementById(target.id);
    if (el) focusEntry(el);
  }, [target, shown, claims]);

  return (
    <>
      <header className="page-head">
        <h1>{i18n.t('database.title')}</h1>
        <p>{i18n.t('database.intro')}</p>
        <BrowseControls query={query} shown={shown.length} total={claims.length} onChange={setQuery} />
      </header>
      <main>
        {shown.length ? (
          shown.map((c) => <ClaimEntry key={c.id} claim={c} />)
        ) : (
          <p className="no-match" data-testid="db-no-match">
            {i18n.t('database.noMatch')}
          </p>
        )}
      </main>
      <footer className="page-foot">
        <p>{i18n.t('common.notAdvice')}</p>
      </footer>
    </>
  );
}
