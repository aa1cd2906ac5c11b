import { browser, type Browser } from 'wxt/browser';

/** The checker's bundle (entrypoints/scan.content, registered at run time, not in the manifest). */
export const CHECKER_FILE = '/content-scripts/scan.js';

/**
 * Loads the checker into the frame whose watch script asked (it asks once per document, when the
 * page first mentions gut health). The checker runs in the same isolated world as every content
 * script: the page cannot see or reach it, and no file is made web-accessible.
 */
export async function loadChecker(sender: Browser.runtime.MessageSender): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { ok: false };
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CHECKER_FILE] });
  return { ok: true };
}
