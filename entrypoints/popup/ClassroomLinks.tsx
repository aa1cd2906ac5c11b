import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { popupTabId } from './popup-tab';

/* Own style, so the popup's stylesheet stays as it is. */
const CSS = `
.classroom h2 { font-size: 13px; margin: 12px 0 4px; }
.classroom div { display: flex; flex-wrap: wrap; gap: 6px; }
.classroom button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }`;

/**
 * The way into classroom mode: the bundled demo page, and the presenter for this tab's claims
 * (presenter.html?tab=<id>). Both are the extension's own pages, opened with tabs.create, which
 * needs no permission. "Present this page" is on only once the tab's page has answered: where
 * GutCheck does not run (the browser's own pages, files) the presenter would have nothing to show
 * and no way to get it.
 */
export function ClassroomLinks({ pageReadable }: { pageReadable: boolean }) {
  const [tabId, setTabId] = useState<number | undefined>();
  useEffect(() => {
    void popupTabId().then(setTabId);
  }, []);
  const open = (url: string) => void browser.tabs.create({ url });
  return (
    <section className="classroom" aria-labelledby="classroom-title" data-testid="classroom-links">
      <style>{CSS}</style>
      <h2 id="classroom-title">{i18n.t('classroom.title')}</h2>
      <div>
        <button type="button" data-testid="open-demo" onClick={() => open(browser.runtime.getURL('/demo.html'))}>
          {i18n.t('classroom.openDemo')}
        </button>
        <button
          type="button"
          data-testid="present-page"
          disabled={tabId === undefined || !pageReadable}
          onClick={() => tabId !== undefined && open(`${browser.runtime.getURL('/presenter.html')}?tab=${tabId}`)}
        >
          {i18n.t('classroom.presentPage')}
        </button>
      </div>
    </section>
  );
}
