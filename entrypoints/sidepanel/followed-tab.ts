import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { activeTab, tabIdFromQuery } from '../lib/tab-target';

/**
 * The tab whose claims the panel lists: the active tab of the panel's own window, followed as
 * the reader switches tabs there (tab ids need no "tabs" permission). `?tabId=` pins one tab
 * instead: the tests open the panel as an ordinary tab, which would otherwise be the active tab
 * itself. Undefined while the first answer is pending; null when the window has no tab.
 */
export function useFollowedTab(): number | null | undefined {
  const pinned = tabIdFromQuery(location.search);
  const [tabId, setTabId] = useState<number | null | undefined>(pinned);
  useEffect(() => {
    if (pinned) return;
    let windowId: number | undefined;
    let stopped = false;
    void activeTab().then((tab) => {
      if (stopped) return;
      windowId = tab?.windowId;
      setTabId(tab?.id ?? null);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      stopped = true;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [pinned]);
  return tabId;
}
