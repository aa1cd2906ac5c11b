import type { Browser } from 'wxt/browser';
import { badgeText, messageSchema } from './messages';
import { clearTabResults, getTabResults, putTabResults, setBadge } from './tab-results';

/** URL without its fragment: a hash change is the same page for our purposes. */
const pageOf = (url: string): string => url.split('#')[0] ?? url;

/**
 * Handles one runtime message. Returns the response promise, or null for messages we do not
 * answer (invalid ones, and results from frames other than the top one). Kept apart from
 * background.ts so tests drive it with the fake browser.
 */
export function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | null {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return null;
  const msg = parsed.data;
  if (msg.type === 'get-tab-results') return getTabResults(msg.tabId);
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId) return null;
  return putTabResults(tabId, { url: msg.url, claims: msg.claims })
    .then(() => setBadge(tabId, badgeText(msg.claims)))
    .then(() => ({ ok: true }));
}

/**
 * A tab started loading a document: forget the old page's results and badge, unless the stored
 * snapshot already belongs to the new URL (an SPA navigation may report before this event).
 */
export async function handleTabLoading(tabId: number, url: string | undefined): Promise<void> {
  const stored = await getTabResults(tabId);
  if (stored && url && pageOf(stored.url) === pageOf(url)) return;
  await clearTabResults(tabId);
  await setBadge(tabId, '');
}
