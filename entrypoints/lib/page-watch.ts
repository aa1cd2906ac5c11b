import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { tabKey, tabResultsSchema, type TabResults } from './messages';
import { pageUrlSchema, type PageInfo, type PageUrl } from './page-info';
import { effectiveMode, type Settings } from './settings';
import { loadSettings, watchSettings } from './settings-store';

/** What the popup and the side panel know of a tab: the content script's answer and the background's results. */
export interface WatchedPage {
  /** Null where no GutCheck watch script answers (browser pages, stores, a tab still loading). */
  info: PageInfo | null;
  results: TabResults | null;
  /**
   * False while a silent tab is still being asked again: a page that has just loaded may not have
   * started GutCheck yet, and should read as "loading", not as a page GutCheck does not run on.
   */
  settled: boolean;
}

/** When to ask a silent tab again (ms after each silence): the content script starts at document_idle, a little after load. */
const RETRY_MS = [300, 1000, 2000];

/** Asks the tab's watch script which page it is; null when none answers. */
async function askPageUrl(tabId: number): Promise<PageUrl | null> {
  try {
    const parsed = pageUrlSchema.safeParse(await browser.tabs.sendMessage(tabId, { type: 'get-page-info' }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // no GutCheck script in that tab
  }
}

/** The tab's page and GutCheck's mode there (the settings decide it: the page may not have loaded the checker). */
async function askPageInfo(tabId: number, settings: Promise<Settings>): Promise<PageInfo | null> {
  const [page, current] = await Promise.all([askPageUrl(tabId), settings]);
  return page && { ...page, mode: effectiveMode(current, new URL(page.url).hostname) };
}

/** Asks the background for the tab's last scan results (validated again: a message is a boundary). */
export async function askTabResults(tabId: number): Promise<TabResults | null> {
  try {
    const parsed = z.nullable(tabResultsSchema).safeParse(await browser.runtime.sendMessage({ type: 'get-tab-results', tabId }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Calls `onChange` with the tab's page and results now and whenever they change: the background
 * rewrites `tab:<id>` in storage.session as the content script reports (a feed grows, an SPA
 * navigates), the tab finishes loading a new document, or the settings change its mode. A tab
 * whose content script does not answer is asked again a few times (see `settled`). Answers to an
 * older ask never overwrite a newer one. Returns the function that stops watching.
 */
export function watchPage(tabId: number, onChange: (page: WatchedPage) => void): () => void {
  let asked = 0;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  // Read once, then kept from the watch: a growing feed refreshes many times, its settings rarely.
  let settings = loadSettings();
  const refresh = (attempt = 0) => {
    const seq = ++asked;
    clearTimeout(retry);
    void Promise.all([askPageInfo(tabId, settings), askTabResults(tabId)]).then(([info, results]) => {
      if (stopped || seq !== asked) return;
      const wait = info ? undefined : RETRY_MS[attempt];
      onChange({ info, results, settled: wait === undefined });
      if (wait !== undefined) retry = setTimeout(() => refresh(attempt + 1), wait);
    });
  };
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && tabKey(tabId) in changes) refresh();
  };
  const onUpdated = (id: number, change: { status?: string }) => {
    if (id === tabId && change.status === 'complete') refresh();
  };
  browser.storage.onChanged.addListener(onStorage);
  browser.tabs.onUpdated.addListener(onUpdated);
  const unwatchSettings = watchSettings((changed) => {
    settings = Promise.resolve(changed);
    refresh();
  });
  refresh();
  return () => {
    stopped = true;
    clearTimeout(retry);
    browser.storage.onChanged.removeListener(onStorage);
    browser.tabs.onUpdated.removeListener(onUpdated);
    unwatchSettings();
  };
}
