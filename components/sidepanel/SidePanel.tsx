import { i18n } from '#i18n';
import type { Claim } from '@/claims/schema';
import { LineLegend } from '../LineLegend';
import { CheckText } from './CheckText';
import type { FoundPassage } from './claim-groups';
import { PageClaims, type PageState } from './PageClaims';
import { PanelTabs } from './PanelTabs';

export interface SidePanelProps {
  page: PageState;
  claimOf(id: string): Claim | undefined;
  onShow(passage: FoundPassage): Promise<boolean>;
  check(text: string): Promise<FoundPassage[]>;
}

/**
 * The side panel (Chrome's side panel, Firefox's sidebar): the claims of the page in the tab it
 * follows, grouped by verdict, and a box to check pasted text. Takes everything as props, so
 * tests render it without a browser; entrypoints/sidepanel wires it to the tabs and the engine.
 * Highlights are invisible to screen readers, so this list is their way to every claim.
 */
export function SidePanel({ page, claimOf, onShow, check }: SidePanelProps) {
  return (
    <>
      <header className="panel-head">
        <h1>{i18n.t('brand')}</h1>
      </header>
      <main>
        <PanelTabs
          label={i18n.t('panel.tabsLabel')}
          tabs={[
            {
              key: 'page',
              title: i18n.t('panel.pageTab'),
              content: (
                <>
                  <PageClaims page={page} claimOf={claimOf} onShow={onShow} />
                  <LineLegend />
                </>
              ),
            },
            { key: 'text', title: i18n.t('panel.textTab'), content: <CheckText check={check} claimOf={claimOf} /> },
          ]}
        />
      </main>
      <footer className="panel-foot">
        <p>{i18n.t('common.notAdvice')}</p>
      </footer>
    </>
  );
}
