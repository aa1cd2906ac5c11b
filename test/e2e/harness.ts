/**
 * One browser per test file (or per demo/bench run): a loopback server for the fixture pages,
 * Chromium with the built extension, and recorders for every request and console error, so the
 * tests can assert "nothing leaves 127.0.0.1" and "the extension logged no errors".
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launchChromium } from './lib/chromium';
import { FIXTURES_DIR } from './lib/expected';
import { readNetLogHosts } from './lib/net-log';
import { startStaticServer, type StaticServer } from './lib/static-server';

export { EXTENSION_DIR, findChromium, INSTALL_HINT, requireChromium } from './lib/chromium';

export { FIXTURES_DIR } from './lib/expected';
/** Screenshots and net-logs (gitignored). */
export const OUT_DIR = resolve('e2e-out');

export interface ConsoleError {
  source: string;
  text: string;
}

export interface SessionOptions {
  /** Load the built extension (default true). */
  extension?: boolean;
  /**
   * Load this unpacked extension instead of GutCheck (a benchmark's empty baseline). It need
   * have no service worker: the session then has no extId, worker(), badge or popup.
   */
  otherExtension?: string;
  root?: string;
  /** Extra in-memory pages, path -> html (the benchmark's generated page). */
  pages?: Record<string, string>;
  headless?: boolean;
  /** Page size; null lets a visible window decide (the demo). */
  viewport?: { width: number; height: number } | null;
  /** Reuse this profile folder (a browser restart keeps what the extension stored); fresh when omitted. */
  profileDir?: string;
}

export interface NetworkReport {
  /** Requests seen by Playwright that went anywhere but our server, extension or data: URLs. */
  leaks: string[];
  /** Every host in Chromium's net-log, which includes the browser's own traffic. */
  netLogHosts: string[];
}

export interface Session {
  ctx: BrowserContext;
  server: StaticServer;
  /** Extension id, when loaded. */
  extId?: string;
  requests: string[];
  consoleErrors: ConsoleError[];
  /** Opens a served page in a new tab. */
  open(path: string): Promise<Page>;
  /** Opens a fixture from disk (file://), where the extension does not run: the untouched baseline. */
  openBaseline(file: string): Promise<Page>;
  /** The extension's service worker (restarted workers are picked up). */
  worker(): Promise<Worker>;
  /** The browser's tab id of `page` (asked of the extension's service worker). */
  tabId(page: Page): Promise<number>;
  /** The toolbar badge text of the tab showing `page`. */
  badge(page: Page): Promise<string>;
  /** Opens the extension popup in a tab of its own, bound to `page`'s tab (popup.html?tabId=). */
  openPopup(page: Page): Promise<Page>;
  /** Closes the browser and server, then reads the net-log. */
  close(): Promise<NetworkReport>;
}

const ALLOWED = /^(chrome-extension:|data:|blob:|about:|file:)/;

export async function startSession(opts: SessionOptions = {}): Promise<Session> {
  const root = opts.root ?? FIXTURES_DIR;
  const server = await startStaticServer(root, opts.pages);
  const netLog = join(mkdtempSync(join(tmpdir(), 'gutcheck-netlog-')), 'net-log.json');
  const withExt = opts.extension ?? true;
  if (withExt && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    await server.close();
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
  }
  const ctx = await launchChromium({
    extensionDir: opts.otherExtension ?? (withExt ? EXTENSION_DIR : undefined),
    netLog,
    headless: opts.headless,
    viewport: opts.viewport,
    userDataDir: opts.profileDir,
  });
  const requests: string[] = [];
  const consoleErrors: ConsoleError[] = [];
  ctx.on('request', (r) => requests.push(r.url()));
  // The context's console event covers pages, extension pages and (Playwright 1.65) workers,
  // including the extension's service worker.
  ctx.on('console', (m) => {
    if (m.type() !== 'error') return;
    const source = m.location().url || m.worker()?.url() || m.page()?.url() || '?';
    consoleErrors.push({ source, text: m.text() });
  });
  ctx.on('weberror', (e) => consoleErrors.push({ source: e.page()?.url() ?? '?', text: String(e.error()) }));

  const worker = async (): Promise<Worker> => {
    const live = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? ctx.waitForEvent('serviceworker', { timeout: 10_000 });
  };
  const extId = withExt && !opts.otherExtension ? new URL((await worker()).url()).host : undefined;
  const tabId = async (page: Page): Promise<number> => {
    await page.bringToFront();
    return (await worker()).evaluate(async (url) => {
      // tabs.query reports a tab's url only where the extension has host access (its content
      // script matches http/https); otherwise the tab just brought to front is the active one.
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === url) ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0];
      if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
      return tab.id;
    }, page.url());
  };

  return {
    ctx,
    server,
    extId,
    requests,
    consoleErrors,
    async open(path) {
      const page = await ctx.newPage();
      await page.goto(server.origin + path);
      return page;
    },
    async openBaseline(file) {
      const page = await ctx.newPage();
      await page.goto(pathToFileURL(join(root, file)).href);
      return page;
    },
    worker,
    tabId,
    async badge(page) {
      const id = await tabId(page);
      return (await worker()).evaluate((tabId) => chrome.action.getBadgeText({ tabId }), id);
    },
    async openPopup(page) {
      const id = await tabId(page);
      const popup = await ctx.newPage();
      await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${id}`);
      return popup;
    },
    async close() {
      await ctx.close();
      await server.close();
      const own = `${server.origin}/`;
      return {
        leaks: requests.filter((u) => !u.startsWith(own) && !ALLOWED.test(u)),
        netLogHosts: readNetLogHosts(netLog),
      };
    },
  };
}

/**
 * Screenshot into e2e-out/. `caret: 'initial'` because Playwright's default caret hiding leaves
 * style="" on every input, which would show up as a DOM change in the unchanged-page check.
 */
export async function shoot(page: Page, file: string, fullPage = false): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, file);
  await page.screenshot({ path, fullPage, caret: 'initial' });
  return path;
}
