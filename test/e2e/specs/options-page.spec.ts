/**
 * The options page for any browser behind the seam, kept across a browser restart: "Well
 * supported" unticked and "Underline only" picked with real clicks, a site added by typing, all
 * stored in the v2 shape, honoured by an open page at once and by a page opened after the browser
 * restarted with the same profile. Chromium has a fuller Playwright twin (options-page.e2e.test.ts:
 * the popup link, a paused site, reports, export, axe-core, screenshots).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFor, type E2EBrowser, type E2EPage } from '../lib/browser-seam';
import { clickOn } from '../lib/seam-click';
import { expectBadge, expectNoTrafficBeyondLoopback, readMarks, waitForMarks } from '../lib/seam-checks';

/** Launches the browser on a given profile folder (the same one again for the restart). */
export type LaunchWithProfile = (profileDir: string) => Promise<E2EBrowser>;

/** What storage.local holds, read in an extension page (Firefox's promise API is `browser`, Chromium's `chrome`). */
const storedSettings = (page: E2EPage): Promise<unknown> =>
  page.evaluate(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    return (await api.storage.local.get('gutcheck:settings'))['gutcheck:settings'];
  }, undefined);
/** What the options page shows: each checkbox and radio that is on, and the listed sites. Run in the page. */
const choicesInPage = (): { on: string[]; sites: string[] } => ({
  on: [...document.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
  sites: [...document.querySelectorAll('[data-testid="site"]')].map((li) => `${li.getAttribute('data-host')}=${li.querySelector('select')!.value}`),
});
const markNames = async (page: E2EPage) => new Set((await readMarks(page)).map((m) => m.name));
const COUNT = '7'; // demo.expected.json: seven claims asserted, three of them well supported

export function describeOptionsPage(launch: LaunchWithProfile, profileDir: string): void {
  let browser: E2EBrowser;
  let options: E2EPage;
  beforeAll(async () => {
    browser = await launch(profileDir);
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('options page, then a restart', () => {
    it('takes real clicks and typing, and stores the choices at once in the v2 shape', async () => {
      options = await browser.openExtensionPage('options.html');
      await clickOn(options, '[data-testid="verdict-supported"]');
      await clickOn(options, '[data-testid="highlight-style"] input[value="underline"]');
      await clickOn(options, '[data-testid="add-site"]');
      await options.type('news.example');
      await options.select('[data-testid="add-site-mode"]', 'badge');
      await clickOn(options, '[data-testid="add-site-button"]');
      const want = { version: 2, mode: 'marks', sites: { 'news.example': 'badge' }, unmarked: ['supported'], highlight: 'underline', cardText: 'normal', motion: 'system' };
      expect(await pollFor(() => storedSettings(options), (s) => JSON.stringify(s) === JSON.stringify(want), 5000)).toEqual(want);
    });

    it('a page opened now marks only the ticked verdicts, underlined without tint; the badge counts them all', async () => {
      const page = await browser.open('/demo.html');
      const marks = await waitForMarks(page, { atLeast: 1 });
      expect(marks.some((m) => m.name === 'gutcheck-unsupported')).toBe(true);
      expect(marks.some((m) => m.name === 'gutcheck-supported')).toBe(false);
      const css = await page.evaluate(() => document.querySelector('style[data-gutcheck-ui]')?.textContent ?? '', undefined);
      expect(css).not.toContain('background-color');
      await expectBadge(browser, page, COUNT);
      await clickOn(options, '[data-testid="verdict-supported"]'); // tick it again: the open page follows
      expect(await pollFor(() => markNames(page), (n) => n.has('gutcheck-supported'), 8000)).toContain('gutcheck-supported');
      await clickOn(options, '[data-testid="verdict-supported"]');
      expect(await pollFor(() => markNames(page), (n) => !n.has('gutcheck-supported'), 8000)).not.toContain('gutcheck-supported');
      expect(browser.errors()).toEqual([]);
      await expectNoTrafficBeyondLoopback(browser);
    });

    it('after a restart with the same profile the options page shows them, and a page honours them', async () => {
      browser = await launch(profileDir);
      options = await browser.openExtensionPage('options.html');
      const shown = await pollFor(() => options.evaluate(choicesInPage, undefined), (c) => c.sites.length > 0, 5000);
      expect(shown.sites).toEqual(['news.example=badge']);
      expect(shown.on).not.toContain('supported');
      expect(shown.on).toEqual(expect.arrayContaining(['mixed', 'overstated', 'unsupported', 'contradicted', 'underline', 'normal', 'system']));
      const page = await browser.open('/demo.html');
      const marks = await waitForMarks(page, { atLeast: 1 });
      expect(marks.some((m) => m.name === 'gutcheck-supported')).toBe(false);
      expect(marks.some((m) => m.name === 'gutcheck-overstated')).toBe(true);
      await options.screenshot(`${browser.name}-options.png`, true);
    });

    it('logs no errors and sends nothing beyond 127.0.0.1', async () => {
      expect(browser.errors()).toEqual([]);
      await expectNoTrafficBeyondLoopback(browser);
    });
  });
}
