import { browser, type Browser } from 'wxt/browser';
import { openDatabaseSchema } from './messages';

/*
 * How the evidence card opens the database page. The card lives in a web page (a content
 * script's shadow root), and a web page may navigate to an extension page only if the manifest
 * lists it in web_accessible_resources; listing it would let any site probe for
 * chrome-extension://<id>/database.html and learn that the reader uses GutCheck. So the card
 * sends a message and the background opens the tab: tabs.create needs no permission for the
 * extension's own pages, and the manifest stays as it is.
 */

/** The database page at one entry (its permalink). */
export function databaseUrl(id: string): string {
  return browser.runtime.getURL(`/database.html#${encodeURIComponent(id)}`);
}

/** Content script side: asks the background to open entry `id`. Fails quietly if the extension was reloaded. */
export function requestDatabase(id: string): void {
  const message = openDatabaseSchema.parse({ type: 'open-database', id });
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // Chrome throws synchronously once the extension context is invalidated; the card is stale then.
  }
}

/** Background side: opens the entry in a new tab beside the page the reader came from. */
export async function openDatabase(id: string, from: Browser.tabs.Tab | undefined): Promise<{ ok: true }> {
  await browser.tabs.create({
    url: databaseUrl(id),
    ...(from?.id !== undefined && from.id >= 0 && { openerTabId: from.id, index: from.index + 1 }),
  });
  return { ok: true };
}
