import { browser } from 'wxt/browser';

/**
 * The tab the popup belongs to: `?tabId=` when given (tests open the popup in a tab of its own),
 * else the active tab of this window. Tab ids need no "tabs" permission.
 */
export async function popupTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
