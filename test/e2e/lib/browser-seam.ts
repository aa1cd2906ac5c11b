/**
 * The seam between the end-to-end specs and a browser driver, so one spec runs in Chromium
 * (Playwright over CDP, test/e2e/lib/chromium-seam.ts) and Firefox (Puppeteer over WebDriver BiDi,
 * test/e2e/lib/firefox-session.ts).
 *
 * Why a small interface of our own rather than one driver for both: Playwright cannot drive
 * Firefox ESR 153 with an extension (its moz-firefox channel fails on BiDi commands ESR lacks, and
 * older Playwright loses moz-extension:// pages), and Puppeteer drives Chromium extensions less
 * well than the Playwright harness the Chromium suite already trusts. Their page APIs differ
 * (locators, key names, waitForFunction's argument order), but both run a function in the page
 * and move a real mouse and keyboard; that is all the specs use, so the seam is those few verbs.
 * Everything a spec reads is read by a function run in the page (test/e2e/lib/probe.ts).
 */
import type { TabResults } from '../../../entrypoints/lib/messages';
import type { WorkProbe } from './work-probe';

/** The key chords the specs press: GutCheck's own shortcuts (next / previous claim), Escape, Tab, Enter, and the presenter's arrows. */
export type Chord = 'Escape' | 'Alt+Shift+KeyN' | 'Alt+Shift+KeyP' | 'Tab' | 'Shift+Tab' | 'Enter' | 'ArrowRight' | 'ArrowLeft';

export interface E2EPage {
  url(): string;
  /**
   * Runs `fn` in the page's own world and returns its (JSON-like) result. `fn` is serialised:
   * it must not close over anything from the test.
   */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs a script given as source text (axe-core's bundle) and returns its awaited value. */
  evaluateScript(source: string): Promise<unknown>;
  /** A real left click at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  /** Moves the real pointer to viewport coordinates, in a couple of steps (a hover). */
  hover(x: number, y: number): Promise<void>;
  /** A key chord, by physical key. */
  press(chord: Chord): Promise<void>;
  /** Types text with the real keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  /** Picks `value` in the <select> matching `selector`, as a user would (fires input and change). */
  select(selector: string, value: string): Promise<void>;
  /** Reloads and waits for the load event. */
  reload(): Promise<void>;
  /**
   * The browser's Back button: one step back in the tab's history. Returns once the entry is
   * committed; a same-document entry (pushState, the Navigation API) fires no load event, so
   * callers wait for what they expect to see (the URL, the view).
   */
  back(): Promise<void>;
  /** Saves a PNG under e2e-out/ and returns its path. */
  screenshot(file: string, fullPage?: boolean): Promise<string>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly name: 'chromium' | 'firefox';
  /** e.g. http://127.0.0.1:43127, the loopback server of the fixture pages. */
  readonly origin: string;
  /** Opens a served fixture page (path like "/demo.html") in a new tab. */
  open(path: string): Promise<E2EPage>;
  /** Opens a fixture from disk (file://), where the extension does not run: the untouched baseline. */
  openBaseline(file: string): Promise<E2EPage>;
  /** The toolbar badge text of the tab showing `page`. */
  badge(page: E2EPage): Promise<string>;
  /** Opens the extension popup in a tab of its own, bound to `page`'s tab (popup.html?tabId=). */
  openPopup(page: E2EPage): Promise<E2EPage>;
  /** Opens the side panel's page in a tab of its own, bound to `page`'s tab (sidepanel.html?tabId=). */
  openSidePanel(page: E2EPage): Promise<E2EPage>;
  /** Whether the browser's real side panel (Chrome) or sidebar (Firefox) shows GutCheck's panel now. */
  sidePanelOpen(): Promise<boolean>;
  /** Opens one of the extension's own pages (path like "database.html#id") in a new tab. */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** Runs `action` and returns the tab it opened whose URL contains `urlPart` (a tab the extension opened). */
  tabOpenedBy(action: () => Promise<void>, urlPart: string): Promise<E2EPage>;
  /** What the background holds for `page`'s tab: the content script's last report, or null. */
  tabResults(page: E2EPage): Promise<TabResults | null>;
  /**
   * The watch script's state on `page`, asked as the popup asks (get-page-info): "off",
   * "watching", "loaded"...; null when none answers. The positive signal that GutCheck ran on the
   * page and decided, before a spec asserts that nothing happened.
   */
  watchState(page: E2EPage): Promise<string | null>;
  /** The extension's runtime.id (Chromium's extension id; Firefox's add-on id). */
  runtimeId(): Promise<string>;
  /** Errors so far from pages, content scripts, extension pages and the background, one line each. */
  errors(): string[];
  /**
   * Closes browser and server. Returns every request that went anywhere but 127.0.0.1, the
   * extension or data:/blob:/about: URLs, as seen by the driver and by the browser's own log.
   * Safe to call twice (the second call returns the first report).
   */
  close(): Promise<{ leaks: string[] }>;
}

/** Launches a fresh browser with the built extension and a loopback server of the fixture pages. */
export type LaunchE2E = () => Promise<E2EBrowser>;

/**
 * Watches the content script's own work on `page` (text read, marks painted; work-probe.ts).
 * Chromium only, passed by its runner files: the probe runs in the content script's isolated
 * world, which CDP lists and Firefox's WebDriver BiDi does not (Puppeteer's extensionRealms() is
 * unsupported over BiDi), and a page-world hook cannot see it there either: Firefox's content
 * scripts call the DOM through Xray wrappers, past anything the page patched. Specs register the
 * checks that need it only when it is given, so Firefox runs no empty test in their place.
 */
export type WatchWork = (page: E2EPage) => Promise<WorkProbe>;

/** Polls `read` until `ok` holds or `timeoutMs` passes; returns the last value read. */
export async function pollFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await sleep(everyMs);
    value = await read();
  }
  return value;
}

export const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));
