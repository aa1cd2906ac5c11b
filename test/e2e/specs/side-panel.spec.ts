/**
 * The side panel for any browser behind the seam, on a long article. Neither driver can open the
 * browser's own panel UI, so the panel's page is opened in a tab bound to the article's tab
 * (sidepanel.html?tabId=) and used there as a reader would: it lists the claims the badge counts,
 * each under its verdict; a click on a passage scrolls the article to its mark and flashes it;
 * pasted text is checked by the same engine; the popup counts the claims by verdict in words and
 * its button opens the real panel. axe-core finds no serious or critical problem in panel or
 * popup. Chromium has a Playwright twin on a growing feed (side-panel.e2e.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockingViolations } from '../lib/axe';
import { pollFor, type E2EBrowser, type E2EPage, type LaunchE2E } from '../lib/browser-seam';
import { claimById, FIXTURES_DIR, loadExpected, popupCountsFor } from '../lib/expected';
import { clickOn } from '../lib/seam-click';
import { expectBadge, expectNoTrafficBeyondLoopback, waitForMarks } from '../lib/seam-checks';

const NAME = 'blog-long';
const blog = loadExpected(FIXTURES_DIR, NAME);
const byId = (ids: readonly string[]) => [...ids].sort();

/** Claims the panel lists in the tab panel `tab`, with the group each sits in. Run in the panel. */
const listedInPage = (tab: string): { id: string; group: string }[] =>
  [...document.querySelectorAll(`[role="tabpanel"][id$="-${tab}"] [data-testid="panel-claim"]`)].map((e) => ({
    id: e.getAttribute('data-claim-id') ?? '',
    group: e.closest('[data-group]')?.getAttribute('data-group') ?? '',
  }));
const asserted = (listed: { id: string; group: string }[]) => byId(listed.filter((c) => c.group !== 'context').map((c) => c.id));
const textOf = (page: E2EPage, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);

/** The flashed passage and whether it is in the viewport, or null when nothing flashes. Run in the article. */
const flashInPage = (): { text: string; inView: boolean } | null => {
  const range = [...((CSS.highlights.get('gutcheck-flash') as Highlight | undefined) ?? [])][0] as Range | undefined;
  if (!range) return null;
  const box = range.getBoundingClientRect();
  return { text: range.toString(), inView: box.top >= 0 && box.bottom <= innerHeight };
};

export function describeSidePanel(launch: LaunchE2E): void {
  let browser: E2EBrowser;
  let page: E2EPage;
  let panel: E2EPage;
  beforeAll(async () => {
    browser = await launch();
    page = await browser.open(`/${NAME}.html`);
    await waitForMarks(page, { atLeast: blog.highlights.length });
    panel = await browser.openSidePanel(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('side panel', () => {
    it('lists the claims the badge counts, each under its verdict, and keeps disputed ones apart', async () => {
      await expectBadge(browser, page, String(blog.asserted.length));
      const listed = await pollFor(() => panel.evaluate(listedInPage, 'page'), (l) => asserted(l).length >= blog.asserted.length, 8000);
      expect(asserted(listed)).toEqual(byId(blog.asserted));
      for (const c of listed.filter((l) => l.group !== 'context')) expect(c.group, c.id).toBe(claimById(c.id).verdict);
      // Claims the article only mentions are listed, but in the quiet group, never under a verdict.
      const mentioned = ((await browser.tabResults(page))?.claims ?? []).filter((c) => blog.notAsserted.includes(c.id)).map((c) => c.id);
      expect(mentioned.length, 'the article mentions claims it does not make').toBeGreaterThan(0);
      const contextIds = listed.filter((c) => c.group === 'context').map((c) => c.id);
      expect(contextIds).toEqual(expect.arrayContaining(mentioned));
      expect(await textOf(panel, '[data-group="context"] h2')).toMatch(/^Mentioned or disputed, not claimed/);
      expect(await textOf(panel, '[data-testid="panel-count"]')).toBe(`${blog.asserted.length} claims on 127.0.0.1`);
      await panel.screenshot(`${browser.name}-side-panel.png`);
    });

    it('a click on a passage scrolls the article to its mark and flashes it', async () => {
      const target = blog.highlights[0]!; // the article's title, at the very top
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), undefined);
      const before = await page.evaluate(() => scrollY, undefined);
      expect(before, 'the article scrolls at all').toBeGreaterThan(0);
      await clickOn(panel, `[data-testid="panel-claim"][data-claim-id="${target.claim}"] [data-testid="panel-passage"]`);
      const flash = await pollFor(() => page.evaluate(flashInPage, undefined), (f) => f?.inView === true, 5000, 50);
      expect(flash?.inView, 'the flashed passage is in the viewport').toBe(true);
      const passages = await panel.evaluate(
        (id) => [...document.querySelectorAll(`[data-claim-id="${id}"] [data-testid="panel-passage"] q`)].map((q) => q.textContent),
        target.claim,
      );
      expect(passages, 'the flashed passage is the one listed').toContain(flash!.text);
      expect(await page.evaluate(() => scrollY, undefined)).toBeLessThan(before);
    });

    it('checks pasted text with the same engine, listing its claims under their verdicts', async () => {
      const claim = claimById('zonulin-test-diagnoses');
      await clickOn(panel, '[data-testid="panel-tab-text"]');
      await clickOn(panel, '[data-testid="panel-text"]');
      await panel.type(`Transcript: ${claim.examples.asserts[0]}`);
      await clickOn(panel, '[data-testid="panel-check"]');
      const listed = await pollFor(() => panel.evaluate(listedInPage, 'text'), (l) => l.length > 0, 8000);
      expect(listed).toContainEqual({ id: claim.id, group: claim.verdict });
      expect(await textOf(panel, '[data-testid="panel-text-count"]')).toMatch(/^\d+ claims? found in the text$/);
      const focused = await panel.evaluate(() => document.activeElement?.tagName ?? '', undefined);
      expect(focused, 'focus moved to the results heading').toBe('H2');
      expect(await blockingViolations((s) => panel.evaluateScript(s))).toEqual([]);
      await clickOn(panel, '[data-testid="panel-tab-page"]');
      expect(await blockingViolations((s) => panel.evaluateScript(s))).toEqual([]);
    });

    it('the popup counts the claims by verdict in words, and its button opens the panel', async () => {
      const popup = await browser.openPopup(page);
      const want = popupCountsFor(blog.asserted);
      expect(await pollFor(() => textOf(popup, '[data-testid="popup-counts"]'), (t) => t === want, 5000)).toBe(want);
      expect(await blockingViolations((s) => popup.evaluateScript(s))).toEqual([]);
      expect(await browser.sidePanelOpen()).toBe(false);
      await clickOn(popup, '[data-testid="open-panel"]');
      expect(await pollFor(() => browser.sidePanelOpen(), (open) => open, 5000)).toBe(true);
      await popup.screenshot(`${browser.name}-popup-counts.png`);
    });

    it('logged no errors and fetched nothing', async () => {
      expect(browser.errors()).toEqual([]);
      await expectNoTrafficBeyondLoopback(browser);
    });
  });
}
