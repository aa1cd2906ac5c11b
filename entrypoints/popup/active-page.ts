import { browser } from 'wxt/browser';
import { pageInfoSchema, type PageInfo } from '../lib/messages';

/**
 * The page in the tab the popup belongs to, asked from GutCheck's content script there (so no
 * "tabs" permission is needed to read its URL). Null where GutCheck does not run (browser pages,
 * the web store, a tab still loading). `?tabId=` picks a tab explicitly (tests open the popup in
 * a tab of its own).
 */
export async function activePage(): Promise<PageInfo | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  let tabId = Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : undefined;
  if (tabId === undefined) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id;
  }
  if (tabId === undefined) return null;
  try {
    const parsed = pageInfoSchema.safeParse(await browser.tabs.sendMessage(tabId, { type: 'get-page-info' }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // no content script in that tab
  }
}
