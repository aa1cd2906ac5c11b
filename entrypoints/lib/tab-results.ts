import { browser } from 'wxt/browser';
import { tabKey, tabResultsSchema, type TabResults } from './messages';

/**
 * Per-tab results for the badge and the side panel. storage.session survives a service-worker
 * restart but not the browser; where it is missing (older Firefox, MV2) an in-memory map serves,
 * which is enough because an MV2 background page lives as long as the browser.
 */
const memory = new Map<string, unknown>();
const session = () => browser.storage?.session;

/** Stores one tab's latest snapshot. */
export async function putTabResults(tabId: number, results: TabResults): Promise<void> {
  const area = session();
  if (area) await area.set({ [tabKey(tabId)]: results });
  else memory.set(tabKey(tabId), results);
}

/** Reads one tab's snapshot, or null when there is none (or it no longer parses). */
export async function getTabResults(tabId: number): Promise<TabResults | null> {
  const key = tabKey(tabId);
  const area = session();
  const raw = area ? (await area.get(key))[key] : memory.get(key);
  const parsed = tabResultsSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Forgets a tab (navigation to a new document, or the tab closed). */
export async function clearTabResults(tabId: number): Promise<void> {
  const area = session();
  if (area) await area.remove(tabKey(tabId));
  else memory.delete(tabKey(tabId));
}

/** The toolbar button API: `action` in MV3, `browserAction` in Firefox MV2. */
export function toolbarAction(): typeof browser.action | undefined {
  const b = browser as typeof browser & { browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

/**
 * Badge colours, white text on each at 4.5:1 or more: amber-brown when any asserted claim is
 * doubtful (overstated, not supported, contradicted), green when all are supported or mixed.
 */
export const BADGE_COLORS = { doubtful: '#a04a00', sound: '#1b6e3a' } as const;

/** Sets the per-tab badge; a tab that closed meanwhile is not an error worth reporting. */
export async function setBadge(tabId: number, text: string, doubtful = false): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId, color: doubtful ? BADGE_COLORS.doubtful : BADGE_COLORS.sound });
  } catch {
    // The tab went away between the message and the badge call.
  }
}
