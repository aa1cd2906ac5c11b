/**
 * The browser seam (browser-seam.ts) over the Chromium harness (harness.ts, Playwright), so a
 * spec written for the seam runs in Chromium too. A thin adapter: the harness stays the one place
 * that launches Chromium and records its traffic and errors.
 */
import * as z from 'zod/mini';
import type { Page } from 'playwright-core';
import { tabResultsSchema } from '../../../entrypoints/lib/messages';
import { shoot, startSession } from '../harness';
import { watchStateOf } from './checks';
import type { E2EBrowser, E2EPage, WatchWork } from './browser-seam';
import { probeContentScript } from './work-probe';

/** The Playwright page behind each seam page, with its extension's id (the work probe needs both). */
const pages = new WeakMap<E2EPage, { page: Page; extId: string }>();
const pw = (page: E2EPage): Page => {
  const found = pages.get(page);
  if (!found) throw new Error('not a page of this browser');
  return found.page;
};

/** The work probe (test/e2e/lib/work-probe.ts) on a page of a Chromium seam, for the specs' Chromium-only checks. */
export const watchWork: WatchWork = (page) => {
  const found = pages.get(page);
  if (!found) throw new Error('not a page of a Chromium seam');
  return probeContentScript(found.page, found.extId);
};

/**
 * A Playwright page of the Chromium harness seen through the seam, so the seam's helpers
 * (seam-actions.ts, seam-checks.ts) serve the Chromium-only tests too.
 */
export function seamPage(page: Page, extId: string): E2EPage {
  const seam: E2EPage = {
    url: () => page.url(),
    // The value crosses the wire as JSON-like data, so its type is the caller's word.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<R>,
    evaluateScript: (source) => page.evaluate(source),
    click: (x, y) => page.mouse.click(x, y),
    async hover(x, y) {
      await page.mouse.move(x - 3, y);
      await page.mouse.move(x, y, { steps: 2 });
    },
    press: (chord) => page.keyboard.press(chord), // Playwright spells chords the seam's way
    type: (text) => page.keyboard.type(text),
    async select(selector, value) {
      await page.selectOption(selector, value);
    },
    async reload() {
      await page.reload();
    },
    async back() {
      await page.goBack({ waitUntil: 'commit' });
    },
    screenshot: (file, fullPage = false) => shoot(page, file, fullPage),
    close: () => page.close(),
  };
  pages.set(seam, { page, extId });
  return seam;
}

export async function launchChromiumSeam(): Promise<E2EBrowser> {
  const session = await startSession();
  const extId = session.extId!;
  const wrap = (page: Page) => seamPage(page, extId);
  let closed: Promise<{ leaks: string[] }> | undefined;
  const close = async () => {
    const report = await session.close();
    return { leaks: [...report.leaks, ...report.netLogHosts.filter((h) => h !== '127.0.0.1').map((h) => `net-log host: ${h}`)] };
  };
  return {
    name: 'chromium',
    origin: session.server.origin,
    open: async (path) => wrap(await session.open(path)),
    openBaseline: async (file) => wrap(await session.openBaseline(file)),
    async sidePanelOpen() {
      // Playwright does not list the side panel's page; the extension's own context list does.
      const contexts = await (await session.worker()).evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] }));
      return contexts.some((c) => c.documentUrl?.includes('/sidepanel.html'));
    },
    // As in Firefox (firefox-session.ts), an extension page is ready once React rendered its <main>:
    // the pages render after reading the settings, so the load event comes first.
    async openExtensionPage(path) {
      const page = await session.ctx.newPage();
      await page.goto(`chrome-extension://${extId}/${path}`);
      await page.locator('main').first().waitFor({ timeout: 10_000 });
      return wrap(page);
    },
    async tabOpenedBy(action, urlPart) {
      const opened = session.ctx.waitForEvent('page', { timeout: 10_000 });
      await action();
      const page = await opened;
      await page.waitForURL((url) => url.href.includes(urlPart), { timeout: 10_000 });
      await page.locator('main').first().waitFor({ timeout: 10_000 });
      return wrap(page);
    },
    badge: (page) => session.badge(pw(page)),
    openPopup: async (page) => wrap(await session.openPopup(pw(page))),
    async openSidePanel(page) {
      const id = await session.tabId(pw(page));
      const panel = await session.ctx.newPage();
      await panel.goto(`chrome-extension://${extId}/sidepanel.html?tabId=${id}`);
      return wrap(panel);
    },
    async tabResults(page) {
      const key = `tab:${await session.tabId(pw(page))}`;
      const raw: unknown = await (await session.worker()).evaluate(async (key) => (await chrome.storage.session.get(key))[key] ?? null, key);
      return z.nullable(tabResultsSchema).parse(raw);
    },
    watchState: (page) => watchStateOf(session, pw(page)),
    runtimeId: async () => extId,
    errors: () => session.consoleErrors.map((e) => `${e.source}: ${e.text}`),
    close: () => (closed ??= close()),
  };
}
