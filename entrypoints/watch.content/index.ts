import { browser } from 'wxt/browser';
import { getPageInfoSchema, type PageUrl } from '../lib/page-info';
import { watchForTopic } from './topic-watch';

/**
 * The only script GutCheck injects into every http(s) page: a few kilobytes that answer the popup
 * and the side panel ("which page is this?") and watch the page's text for a gut-health word
 * (claims/topic.ts). The first such word asks the background to load the checker
 * (content-scripts/scan.js: the claims, the engine, the marks and the card) into this frame.
 * A page that never mentions the topic never loads it. Sends nothing off the device.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    answerPageInfo(ctx.signal);
    watchForTopic(document, () => void browser.runtime.sendMessage({ type: 'load-checker' }), ctx.signal);
  },
});

/** Tells the popup and the side panel which page this is: its hostname keys the site's setting. */
function answerPageInfo(signal: AbortSignal): void {
  const listener = (raw: unknown, _sender: unknown, sendResponse: (info: PageUrl) => void) => {
    if (!getPageInfoSchema.safeParse(raw).success) return false;
    sendResponse({ url: location.href });
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
