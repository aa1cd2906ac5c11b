/**
 * Finds and launches real Firefox (Debian's firefox-esr) with the built MV2 extension installed as
 * a temporary add-on, driven by puppeteer-core over WebDriver BiDi. Nothing is downloaded: no
 * geckodriver, no browser build. Recipe and its reasons: /work/shared/toolchain.md, "Real Firefox,
 * offline".
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findExecutable } from './find-executable';

/** What a person needs when no Firefox is found; tests throw it (a missing browser fails, never skips). */
export const FIREFOX_INSTALL_HINT =
  'Firefox not found: install it with `sudo apt-get install -y firefox-esr` (Debian/Ubuntu) or set GUTCHECK_FIREFOX=/path/to/firefox';

/** The Firefox production build (`npx wxt build -b firefox`). */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

/** The add-on id in the manifest (wxt.config.ts, browser_specific_settings.gecko.id). */
export const GECKO_ID = 'gutcheck@gutcheck.invalid';

/** Pinned so extension pages have a known origin: moz-extension://<UUID>/popup.html. */
export const EXTENSION_UUID = '6f0c5b1e-0000-4000-8000-00000000c0de';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** $GUTCHECK_FIREFOX, Debian's /usr/bin/firefox-esr, then firefox-esr or firefox on PATH. */
export function findFirefox(): string | undefined {
  return findExecutable('GUTCHECK_FIREFOX', '/usr/bin/firefox-esr', ['firefox-esr', 'firefox']);
}

export function requireFirefox(): string {
  const found = findFirefox();
  if (!found) throw new Error(FIREFOX_INSTALL_HINT);
  return found;
}

/**
 * Prefs that keep Firefox's own traffic on 127.0.0.1 and make the extension testable.
 * Remote Settings is the one service Puppeteer's defaults leave pointing at Mozilla; every proxied
 * protocol then goes to `trapPort` (trap-proxy.ts) so any other stray request is caught, not lost.
 */
export function firefoxPrefs(trapPort: number): Record<string, unknown> {
  return {
    'services.settings.server': 'http://127.0.0.1:9/v1', // honoured with MOZ_REMOTE_SETTINGS_DEVTOOLS=1
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    'devtools.console.stdout.chrome': true, // background-page errors reach stdout, the only place they show
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': trapPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': trapPort,
    'network.proxy.share_proxy_settings': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
  };
}

export interface LaunchedFirefox {
  browser: Browser;
  /** Lines of Firefox's stdout/stderr that report an error in the extension (moz-extension:// code). */
  extensionErrors: string[];
}

/** Firefox reports errors of extension pages and the background page on stdout as these lines. */
const EXTENSION_ERROR = /^(JavaScript error|console\.error).*moz-extension:\/\//;

/**
 * Launches headless firefox-esr with a fresh profile, or `profileDir`'s (a restart: the temporary
 * add-on is installed again with the same id and UUID, and finds the storage it left there), and
 * installs the built extension.
 */
export async function launchFirefox(trapPort: number, profileDir?: string): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'], // Firefox 153+: lets BiDi open moz-extension:// pages
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: firefoxPrefs(trapPort),
    ...(profileDir && { userDataDir: profileDir }),
  });
  const extensionErrors: string[] = [];
  let pending = '';
  const onOutput = (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (EXTENSION_ERROR.test(line)) extensionErrors.push(line.trim());
  };
  browser.process()?.stdout?.on('data', onOutput);
  browser.process()?.stderr?.on('data', onOutput);
  try {
    // BiDi webExtension.install wants an absolute path; temporary, so an unsigned build is fine.
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (err) {
    await browser.close();
    throw err;
  }
  return { browser, extensionErrors };
}
