import { i18n } from '#i18n';
import { useState } from 'react';
import { assertedOnPage } from '@/claims/engine/page-stance';
import type { Claim } from '@/claims/schema';
import { ClaimBrowser } from './ClaimBrowser';
import type { FoundPassage } from './claim-groups';

/** What the panel knows of the tab it follows. */
export type PageState =
  | { kind: 'loading' }
  /** No GutCheck content script answers there: a browser page, a store, a tab still loading. */
  | { kind: 'no-page' }
  | { kind: 'paused'; host: string }
  | { kind: 'ready'; host: string; passages: readonly FoundPassage[] };

export interface PageClaimsProps {
  page: PageState;
  claimOf(id: string): Claim | undefined;
  /** Scrolls the page to a passage and flashes it; resolves false when it is no longer there. */
  onShow(passage: FoundPassage): Promise<boolean>;
}

/**
 * The "This page" tab: how many claims the page asserts (the badge's number, a status line read
 * out as a feed grows), the grouped list, and a short note when a passage has gone from the page.
 */
export function PageClaims({ page, claimOf, onShow }: PageClaimsProps) {
  const [note, setNote] = useState('');
  if (page.kind !== 'ready') {
    const text = page.kind === 'loading' ? i18n.t('panel.loading') : page.kind === 'paused' ? i18n.t('panel.paused') : i18n.t('panel.noPage');
    return (
      <p role="status" className="page-state" data-testid="panel-count">
        {text}
      </p>
    );
  }
  const asserted = assertedOnPage(page.passages.filter((p) => claimOf(p.id))).size;
  const show = (p: FoundPassage) => {
    setNote('');
    void onShow(p).then((found) => setNote(found ? '' : i18n.t('panel.notOnPage')));
  };
  return (
    <>
      <p role="status" className="page-state" data-testid="panel-count">
        {page.passages.length ? i18n.t('panel.pageCount', asserted, [asserted, page.host || i18n.t('panel.thisPage')]) : i18n.t('panel.noClaims')}
      </p>
      <p role="status" className="note" data-testid="panel-note">
        {note}
      </p>
      <ClaimBrowser passages={page.passages} claimOf={claimOf} onShow={show} />
    </>
  );
}
