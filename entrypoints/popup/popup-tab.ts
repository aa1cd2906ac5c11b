import { activeTab, tabIdFromQuery } from '../lib/tab-target';

/**
 * The tab the popup belongs to: `?tabId=` when given (tests open the popup in a tab of its own),
 * else the active tab of this window. Tab ids need no "tabs" permission. Its page is asked of
 * GutCheck's content script there (entrypoints/lib/page-watch.ts), so its URL is never needed.
 */
export async function popupTabId(): Promise<number | undefined> {
  return tabIdFromQuery(location.search) ?? (await activeTab())?.id;
}
