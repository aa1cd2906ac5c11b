import { browser } from 'wxt/browser';
import type { Mode } from '@/components/options/choices';
import type { LoadChecker, PageUrl, WatchState } from '../lib/page-info';
import { isGetPageInfo, isLoadCheckerReply } from '../lib/watch-messages';
import { readModeOn, watchModeOn } from './site-mode-watch';
import { watchForTopic } from './topic-watch';

/** Attempts to load the checker before the watch gives up on this page (a failure is rare: a frame in the back-forward cache). */
const MAX_REQUESTS = 3;
/** Wait before watching again after a failed attempt. */
const RETRY_MS = 1000;

/**
 * The only script GutCheck injects into every http(s) page: a few kilobytes that answer the popup
 * and the side panel ("which page is this?") and, unless GutCheck is off on this site, watch the
 * page's text for a gut-health word (claims/topic.ts). The first such word asks the background
 * to load the checker (content-scripts/scan.js: the claims, the engine, the marks and the card)
 * into this frame. A page that never mentions the topic never loads it; a site that is off is
 * not read at all, until the person turns it on. Sends nothing off the device.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's announcement of a start by window.postMessage reaches every script in the page;
  // GutCheck's presence is nobody's business (see README, "Known limitations").
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let state: WatchState = 'starting';
    answerPageInfo(() => state, ctx.signal);
    let on = false;
    let loaded = false;
    let asking = false;
    let attempts = 0;
    let watching: AbortController | null = null;
    const stopWatching = () => {
      watching?.abort();
      watching = null;
    };
    const startWatching = () => {
      if (!on || loaded || asking || watching || ctx.isInvalid) return;
      state = 'watching';
      watching = new AbortController();
      watchForTopic(document, () => void request(), watching.signal);
    };
    const request = async () => {
      stopWatching();
      if (ctx.isInvalid || attempts >= MAX_REQUESTS) return;
      attempts++;
      asking = true;
      loaded = await askForChecker();
      asking = false;
      if (loaded) state = 'loaded';
      else setTimeout(startWatching, RETRY_MS);
    };
    // Once loaded, the checker follows the settings itself; until then, off here means not read.
    const apply = (mode: Mode) => {
      on = mode !== 'off';
      if (on) startWatching();
      else if (!loaded) {
        stopWatching();
        state = 'off';
      }
    };
    ctx.onInvalidated(stopWatching);
    apply(await readModeOn(location.hostname));
    ctx.onInvalidated(watchModeOn(location.hostname, apply));
  },
});

/** Asks the background to load the checker into this frame; false when it could not (or the extension is gone). */
async function askForChecker(): Promise<boolean> {
  const message: LoadChecker = { type: 'load-checker' };
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    return isLoadCheckerReply(reply) && reply.ok;
  } catch {
    return false; // the extension was updated or removed under this page
  }
}

/** Tells the popup and the side panel which page this is: its hostname keys the site's setting. */
function answerPageInfo(state: () => WatchState, signal: AbortSignal): void {
  const listener = (raw: unknown, _sender: unknown, sendResponse: (info: PageUrl) => void) => {
    if (!isGetPageInfo(raw)) return false;
    sendResponse({ url: location.href, watch: state() });
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
