import { browser, type Browser } from 'wxt/browser';
import type { LoadCheckerReply } from './page-info';

/** The checker's bundle (entrypoints/scan.content, registered at run time, not in the manifest). */
export const CHECKER_FILE = '/content-scripts/scan.js';

/**
 * Loads the checker into the frame whose watch script asked (it asks once per document, when the
 * page first mentions gut health). The checker runs in the same isolated world as every content
 * script: the page cannot see or reach it, and no file is made web-accessible.
 */
export async function loadChecker(sender: Browser.runtime.MessageSender): Promise<LoadCheckerReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { ok: false };
  // Chrome names the very document that asked, so a page the reader has already left behind
  // (a quick navigation in the same frame) is not the one loaded; Firefox has no document ids.
  const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
  await browser.scripting.executeScript({ target, files: [CHECKER_FILE] });
  return { ok: true };
}
