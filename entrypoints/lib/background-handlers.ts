import type { Browser } from 'wxt/browser';
import { badgeDoubtful, badgeText, messageSchema } from './messages';
import { loadChecker } from './load-checker';
import { openDatabase } from './open-database';
import { clearTabResults, getTabResults, putTabResults, setBadge } from './tab-results';

/** URL without its fragment: a hash change is the same page for our purposes. */
const pageOf = (url: string): string => url.split('#')[0] ?? url;

/** Per tab, the end of the work already queued for it. */
const tabWork = new Map<number, Promise<unknown>>();

/**
 * Runs a tab's handlers one at a time, in the order their events arrived. They read and write the
 * same snapshot and badge: run side by side, a "loading" event for an SPA's pushState or
 * replaceState (it arrives together with the page's report for the new URL) could read the old
 * snapshot after the new one was already being written, and then clear it and the badge.
 */
function inTabOrder<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const run = (tabWork.get(tabId) ?? Promise.resolve()).then(job, job);
  const done = run.catch(() => undefined);
  tabWork.set(tabId, done);
  void done.then(() => tabWork.get(tabId) === done && tabWork.delete(tabId));
  return run;
}

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
  if (msg.type === 'open-database') return openDatabase(msg.id, sender.tab);
  if (msg.type === 'load-checker') return loadChecker(sender);
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId) return null;
  return inTabOrder(tabId, async () => {
    await putTabResults(tabId, { url: msg.url, claims: msg.claims });
    await setBadge(tabId, badgeText(msg.claims), badgeDoubtful(msg.claims));
    return { ok: true };
  });
}

/**
 * A tab started loading a document: forget the old page's results and badge, unless the stored
 * snapshot already belongs to the new URL (an SPA navigation may report before this event).
 */
export function handleTabLoading(tabId: number, url: string | undefined): Promise<void> {
  return inTabOrder(tabId, async () => {
    const stored = await getTabResults(tabId);
    if (stored && url && pageOf(stored.url) === pageOf(url)) return;
    await clearTabResults(tabId);
    await setBadge(tabId, '');
  });
}
