import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findExecutable } from './find-executable';

/** The one line a person needs when no browser is found (tests throw it, the demo prints it). */
export const INSTALL_HINT =
  'Chromium not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) or set GUTCHECK_CHROMIUM=/path/to/chrome';

/** The production build that tests, demo and bench load (never the dev build: it pulls code from localhost:3000). */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Finds Chromium or Chrome: $GUTCHECK_CHROMIUM, Debian's /usr/bin/chromium, then the usual names on PATH. */
export function findChromium(): string | undefined {
  return findExecutable('GUTCHECK_CHROMIUM', '/usr/bin/chromium', ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
}

/** Like findChromium, but a missing browser is an error, never a skipped test. */
export function requireChromium(): string {
  const found = findChromium();
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

export interface LaunchOptions {
  /** Unpacked extension to load; omit for a browser without GutCheck (baselines, benchmark). */
  extensionDir?: string;
  /** Chromium writes every network event here; read it with readNetLogHosts after closing. */
  netLog?: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** A profile folder to reuse, so a test can restart the browser and find what it stored; fresh when omitted. */
  userDataDir?: string;
}

/**
 * Flags that keep Chromium itself off the network. The "disable" flags are not enough (Chromium
 * still calls accounts.google.com and update.googleapis.com), so those services are pointed at a
 * closed loopback port; see /work/shared/toolchain.md, pitfall 9. Never pass --disable-features:
 * it would replace Playwright's own list.
 */
export function chromiumArgs(opts: LaunchOptions): string[] {
  const args = [
    '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic', '--disable-sync',
    '--disable-background-networking', '--disable-component-update',
    '--gaia-url=http://127.0.0.1:9', '--component-updater=url-source=http://127.0.0.1:9/',
    '--autofill-server-url=http://127.0.0.1:9/',
  ];
  if (opts.netLog) args.push(`--log-net-log=${opts.netLog}`);
  if (opts.extensionDir) {
    // Overrides Playwright's default --disable-extensions (toolchain pitfall 10).
    args.push(`--disable-extensions-except=${opts.extensionDir}`, `--load-extension=${opts.extensionDir}`);
  }
  return args;
}

/** Launches a fresh profile (or `userDataDir`'s, as a restart would); the caller closes the context. */
export async function launchChromium(opts: LaunchOptions = {}): Promise<BrowserContext> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'gutcheck-profile-'));
  // Spell checking fetches a dictionary from redirector.gvt1.com the first time a page has an
  // editable field; no flag turns that off, the profile's preferences do (a reused profile has them).
  if (!existsSync(join(userDataDir, 'Default'))) {
    mkdirSync(join(userDataDir, 'Default'));
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ browser: { enable_spellchecking: false }, spellcheck: { dictionaries: [], dictionary: '', use_spelling_service: false } }));
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: requireChromium(),
    headless: opts.headless ?? true,
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
    args: chromiumArgs(opts),
  });
}
