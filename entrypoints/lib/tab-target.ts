import { browser } from 'wxt/browser';

/**
 * `?tabId=<id>` in an extension page's address: the popup and the side panel opened in a tab of
 * their own (the tests do that; Playwright cannot open the real popup or side panel) then speak
 * of that tab rather than of the active one, which would be themselves.
 */
export function tabIdFromQuery(search: string): number | undefined {
  const id = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** The active tab of the window this page belongs to. Its id needs no "tabs" permission (its URL would). */
export async function activeTab(): Promise<{ id: number; windowId: number } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, windowId: tab.windowId };
}
