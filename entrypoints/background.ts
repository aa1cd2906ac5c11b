import { browser, type Browser } from 'wxt/browser';
import { handleMessage, handleTabLoading } from './lib/background-handlers';
import { clearTabResults } from './lib/tab-results';

/**
 * Keeps per-tab scan results (storage.session, `tab:<id>`) and the toolbar badge: the number of
 * distinct claim ids the page asserts, empty for none. Messages are validated with zod.
 */
export default defineBackground(() => {
  // sendResponse + `return true` rather than a returned Promise: older Chrome ignores the latter.
  browser.runtime.onMessage.addListener(
    (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void) => {
      const reply = handleMessage(raw, sender);
      if (!reply) return false;
      reply.then(sendResponse, () => sendResponse(null));
      return true;
    },
  );
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // Only a changed URL can keep the snapshot (an SPA navigation may report first); a reload
    // carries none and starts over, so a page that no longer mentions the topic loses its badge.
    if (change.status === 'loading') void handleTabLoading(tabId, change.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabResults(tabId));
});
