import { activeTab, tabIdFromQuery } from '../lib/tab-target';

/**
 * The tab the popup belongs to: the active tab of its window, or `?tabId=` (tests open the popup
 * in a tab of its own). Its page is then asked of GutCheck's content script there (so no "tabs"
 * permission is needed to read its URL); see entrypoints/lib/page-watch.ts.
 */
export async function popupTabId(): Promise<number | undefined> {
  return tabIdFromQuery(location.search) ?? (await activeTab())?.id;
}
