import { browser, type Browser } from 'wxt/browser';
import { badgeText, messageSchema, type TabResults } from './lib/messages';
import { clearTabResults, getTabResults, putTabResults, setBadge } from './lib/tab-results';

/** URL without its fragment: a hash change is the same page for our purposes. */
const pageOf = (url: string): string => url.split('#')[0] ?? url;

/**
 * Keeps per-tab scan results and the toolbar badge (number of distinct claim ids the page
 * asserts; empty for none). Messages are validated with zod; anything else is ignored.
 */
export default defineBackground(() => {
  // sendResponse + `return true` rather than a returned Promise: older Chrome ignores the latter.
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return false;
    const msg = parsed.data;
    if (msg.type === 'get-tab-results') {
      void getTabResults(msg.tabId).then(sendResponse, () => sendResponse(null));
      return true;
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0 || sender.frameId) return false; // top frame only
    const results: TabResults = { url: msg.url, claims: msg.claims };
    void putTabResults(tabId, results)
      .then(() => setBadge(tabId, badgeText(msg.claims)))
      .then(() => sendResponse({ ok: true }), () => sendResponse({ ok: false }));
    return true;
  });

  // A new document in the tab: forget the old page unless the snapshot already belongs to it
  // (an SPA navigation can report its new results before this event arrives).
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading') return;
    const url = change.url ?? tab.url;
    void getTabResults(tabId).then((stored) => {
      if (stored && url && pageOf(stored.url) === pageOf(url)) return;
      return clearTabResults(tabId).then(() => setBadge(tabId, ''));
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabResults(tabId));
});
