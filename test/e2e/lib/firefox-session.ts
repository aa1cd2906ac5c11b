/**
 * The browser seam (browser-seam.ts) over real Firefox: one firefox-esr per test file with the
 * built MV2 extension, a loopback server of the fixture pages, and recorders for every request,
 * console error and background error, so a spec can assert "nothing leaves 127.0.0.1" and "the
 * extension logged no errors" in Firefox as it does in Chromium.
 */
import * as z from 'zod/mini';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { KeyInput, Page } from 'puppeteer-core';
import { tabResultsSchema } from '../../../entrypoints/lib/messages';
import { pollFor, type Chord, type E2EBrowser, type E2EPage } from './browser-seam';
import { EXTENSION_ORIGIN, FIREFOX_EXTENSION_DIR, launchFirefox } from './firefox';
import { shotPath } from './shots';
import { startStaticServer } from './static-server';
import { startTrapProxy } from './trap-proxy';

/** Puppeteer presses keys one by one; these are the seam's chords spelled that way. */
const KEYS: Readonly<Record<Chord, readonly KeyInput[]>> = {
  Escape: ['Escape'],
  'Alt+Shift+KeyN': ['Alt', 'Shift', 'KeyN'],
  'Alt+Shift+KeyP': ['Alt', 'Shift', 'KeyP'],
  Tab: ['Tab'],
  'Shift+Tab': ['Shift', 'Tab'],
  Enter: ['Enter'],
  ArrowRight: ['ArrowRight'],
  ArrowLeft: ['ArrowLeft'],
};

/** Requests that stay on the device; anything else not to our server is a leak. */
const LOCAL = /^(moz-extension:|data:|blob:|about:|file:)/;

/** The Puppeteer page behind each seam page (a URL can be open in two tabs). */
const pages = new WeakMap<E2EPage, Page>();

function wrap(page: Page): E2EPage {
  const seam: E2EPage = {
    url: () => page.url(),
    // The value crosses the wire as JSON-like data, so its type is the caller's word, as with
    // Playwright; Puppeteer's own typing would unwrap handles we never pass.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<R>,
    evaluateScript: (source) => page.evaluate(source),
    click: (x, y) => page.mouse.click(x, y),
    async hover(x, y) {
      await page.mouse.move(x - 3, y);
      await page.mouse.move(x, y, { steps: 2 });
    },
    async press(chord) {
      const keys = KEYS[chord];
      for (const key of keys.slice(0, -1)) await page.keyboard.down(key);
      await page.keyboard.press(keys[keys.length - 1]!);
      for (const key of keys.slice(0, -1).reverse()) await page.keyboard.up(key);
    },
    type: (text) => page.keyboard.type(text),
    async select(selector, value) {
      await page.select(selector, value);
    },
    async reload() {
      await page.reload();
    },
    async back() {
      // Over BiDi Puppeteer's goBack settles on the history-updated event for a same-document entry.
      await page.goBack();
    },
    async screenshot(file, fullPage = false) {
      const path = shotPath(file);
      await page.screenshot({ path, fullPage });
      return path;
    },
    close: () => page.close(),
  };
  pages.set(seam, page);
  return seam;
}

/**
 * Opens an extension page and waits for its script to run. Not awaiting goto is deliberate:
 * Firefox never reports the load event of moz-extension:// pages over BiDi, so goto would time out.
 */
async function openExtensionPage(page: Page, path: string): Promise<void> {
  page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
  await waitInPage(page, () => document.readyState === 'complete' && !!document.querySelector('main'), undefined);
}

/**
 * Polls `ready` in the page until it holds (10 s at most). Not waitForFunction: asked while the tab
 * is still leaving about:blank for the extension page, BiDi's evaluate can fail on the old realm
 * ("right-hand side of 'in' should be an object"), which ended a whole test file; a failed poll
 * is only "not yet".
 */
async function waitInPage<A>(page: Page, ready: (arg: A) => boolean, arg: A): Promise<void> {
  const ok = await pollFor(
    () => page.evaluate(ready as (arg: unknown) => boolean, arg).catch(() => false),
    (done) => done,
    10_000,
    100,
  );
  if (!ok) throw new Error(`page ${page.url()} did not get ready in 10 s`);
}

/** `profileDir`: reuse that profile (a browser restart keeps what the extension stored); fresh when omitted. */
export async function launchFirefoxSession(root: string, profileDir?: string): Promise<E2EBrowser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  }
  const server = await startStaticServer(root);
  const trap = await startTrapProxy();
  const { browser: firefox, extensionErrors } = await launchFirefox(trap.port, profileDir).catch(async (err: unknown) => {
    await Promise.all([server.close(), trap.close()]);
    throw err;
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const watched = new WeakSet<Page>();
  const watch = (page: Page): Page => {
    if (watched.has(page)) return page;
    watched.add(page);
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${m.location().url || page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${String(e)}`));
    return page;
  };
  // Tabs the specs did not open themselves (a link with target=_blank) are watched too.
  firefox.on('targetcreated', (t) => void t.page().then((p) => p && watch(p), () => undefined));
  const newPage = async () => watch(await firefox.newPage());

  // A tab on an extension page, kept open, to ask extension APIs (badge, tab ids, the background).
  const ext = await newPage();
  await openExtensionPage(ext, 'popup.html');

  const tabId = async (page: E2EPage): Promise<number> => {
    const target = pages.get(page);
    if (!target) throw new Error(`not a page of this browser: ${page.url()}`);
    await target.bringToFront();
    // Without the "tabs" permission Firefox hides tab URLs, so the tab just brought to front is the one.
    const id = await ext.evaluate(async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id);
    if (id === undefined) throw new Error(`no tab for ${page.url()}`);
    return id;
  };

  let closed: Promise<{ leaks: string[] }> | undefined;
  const close = async (): Promise<{ leaks: string[] }> => {
    await firefox.close();
    await Promise.all([server.close(), trap.close()]);
    const own = `${server.origin}/`;
    const leaks = requests.filter((u) => !u.startsWith(own) && !LOCAL.test(u));
    return { leaks: [...leaks, ...trap.seen.map((to) => `via proxy: ${to}`)] };
  };

  return {
    name: 'firefox',
    origin: server.origin,
    async open(path) {
      const page = await newPage();
      await page.goto(server.origin + path);
      return wrap(page);
    },
    async openBaseline(file) {
      const page = await newPage();
      await page.goto(pathToFileURL(join(root, file)).href);
      return wrap(page);
    },
    async badge(page) {
      const id = await tabId(page);
      return ext.evaluate((tabId) => {
        // MV2 Firefox names the toolbar button browserAction; the typings know only MV3's action.
        const b = browser as typeof browser & { browserAction?: typeof browser.action };
        return (b.browserAction ?? b.action).getBadgeText({ tabId });
      }, id);
    },
    async openPopup(page) {
      const id = await tabId(page);
      const popup = await newPage();
      await openExtensionPage(popup, `popup.html?tabId=${id}`);
      return wrap(popup);
    },
    async openSidePanel(page) {
      const id = await tabId(page);
      const panel = await newPage();
      await openExtensionPage(panel, `sidepanel.html?tabId=${id}`);
      return wrap(panel);
    },
    sidePanelOpen: () =>
      // Firefox's own answer, asked from an extension page; its typings are Chrome's, which lack sidebarAction.
      ext.evaluate(() => (browser as unknown as { sidebarAction: { isOpen(d: object): Promise<boolean> } }).sidebarAction.isOpen({})),
    async openExtensionPage(path) {
      const page = await newPage();
      await openExtensionPage(page, path);
      return wrap(page);
    },
    async tabOpenedBy(action, urlPart) {
      // Over BiDi a moz-extension:// tab's target keeps the URL about:blank, so the new tab is
      // the target that was not there before, and its URL is read in the page itself.
      const before = new Set(firefox.targets());
      const opened = firefox.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 10_000 });
      await action();
      const page = await (await opened).page();
      if (!page) throw new Error(`no page for the tab at ${urlPart}`);
      await waitInPage(page, (part: string) => location.href.includes(part) && document.readyState === 'complete' && !!document.querySelector('main'), urlPart);
      return wrap(watch(page));
    },
    async tabResults(page) {
      const id = await tabId(page);
      const raw: unknown = await ext.evaluate((tabId) => browser.runtime.sendMessage({ type: 'get-tab-results', tabId }), id);
      return z.nullable(tabResultsSchema).parse(raw);
    },
    runtimeId: async () => String(await ext.evaluate(() => browser.runtime.id)),
    async watchState(page) {
      const id = await tabId(page);
      const raw: unknown = await ext.evaluate((tabId) => browser.tabs.sendMessage(tabId, { type: 'get-page-info' }).catch(() => null), id);
      return (raw as { watch?: string } | null)?.watch ?? null;
    },
    errors: () => [...consoleErrors, ...extensionErrors],
    close: () => (closed ??= close()),
  };
}
