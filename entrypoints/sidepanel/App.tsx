import { useCallback, useEffect, useState } from 'react';
import { getClaim } from '@/claims/bundle';
import type { FoundPassage } from '@/components/sidepanel/claim-groups';
import type { PageState } from '@/components/sidepanel/PageClaims';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import { watchPage, type WatchedPage } from '../lib/page-watch';
import { useFollowedTab } from './followed-tab';
import { checkText, revealPassage } from './tab-actions';

/** The panel's view of the followed tab, from the content script's answer and the background's results. */
function pageState(tabId: number | null | undefined, watched: WatchedPage | undefined): PageState {
  if (tabId === null) return { kind: 'no-page' };
  // Still asking, or the page has not started GutCheck yet (it may be loading).
  if (tabId === undefined || !watched || (!watched.info && !watched.settled)) return { kind: 'loading' };
  if (!watched.info) return { kind: 'no-page' };
  const host = new URL(watched.info.url).hostname;
  if (watched.info.mode === 'off') return { kind: 'paused', host };
  return { kind: 'ready', host, passages: watched.results?.claims ?? [] };
}

/** Wires the side panel to the browser: the followed tab, its live results, reveal and text checks. */
export function App() {
  const tabId = useFollowedTab();
  const [watched, setWatched] = useState<{ tabId: number; page: WatchedPage } | undefined>(undefined);
  useEffect(() => (tabId ? watchPage(tabId, (page) => setWatched({ tabId, page })) : undefined), [tabId]);
  const onShow = useCallback((p: FoundPassage) => (tabId ? revealPassage(tabId, p) : Promise.resolve(false)), [tabId]);
  // A switch of tab shows "reading" until the new tab answers, never the old tab's claims.
  const current = watched && watched.tabId === tabId ? watched.page : undefined;
  return <SidePanel page={pageState(tabId, current)} claimOf={getClaim} onShow={onShow} check={checkText} />;
}
