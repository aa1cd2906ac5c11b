/**
 * The hard-negative page (every trigger word, no leaky-gut claim), for any browser behind the
 * seam. "Nothing marked" proves nothing on its own: a content script that never ran, or had not
 * finished, marks nothing too. So the spec first waits for a positive signal that GutCheck read
 * this page and decided: its report for this very URL reached the background (the content script
 * sends it only when its work queue has drained after the scan), and the popup hears from the
 * page's content script. Only then is absence asserted. Last, a control: a claim added to the same
 * page is marked and counted, so the script was alive on this page all along.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertedOnPage } from '../../../claims/engine/page-stance';
import type { TabResults } from '../../../entrypoints/lib/messages';
import { pollFor, type E2EBrowser, type E2EPage, type LaunchE2E } from '../lib/browser-seam';
import { expectUnchanged } from '../lib/checks';
import { claimById, FIXTURES_DIR, loadExpected } from '../lib/expected';
import type { Mark, PageSnapshot } from '../lib/probe';
import { expectBadge, itLeavesNoTrace, readMarks, snapshot, waitForMarks } from '../lib/seam-checks';

const NAME = 'hard-negative';
const expected = loadExpected(FIXTURES_DIR, NAME);

export function describeQuietPage(launch: LaunchE2E): void {
  let browser: E2EBrowser;
  let page: E2EPage;
  let before: PageSnapshot;
  let report: TabResults | null;

  beforeAll(async () => {
    browser = await launch();
    const baseline = await browser.openBaseline(`${NAME}.html`);
    before = await snapshot(baseline);
    await baseline.close();
    page = await browser.open(`/${NAME}.html`);
    report = await pollFor(() => browser.tabResults(page), (r) => r?.url === page.url(), 8000, 100);
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('a page with trigger words and no claim', () => {
    it('GutCheck read it and decided: its report for this URL reached the background, asserting nothing', () => {
      expect(expected.asserted, 'the fixture asserts nothing').toEqual([]);
      expect(report?.url, 'a report for this page').toBe(page.url());
      expect([...assertedOnPage(report!.claims)], 'claims reported as asserted').toEqual([]);
    });

    it('the popup hears from the page’s content script: marks mode, 0 claims', async () => {
      const popup = await browser.openPopup(page);
      const text = await pollFor(() => popup.evaluate(() => document.body.innerText, undefined), (t) => t.includes('claims on this page'), 5000);
      expect(text).toContain('0 claims on this page');
      expect(text).toContain('This site (127.0.0.1)');
      await popup.close();
    });

    it('marks nothing, shows no badge and leaves the page exactly as it was', async () => {
      const marks = await waitForMarks(page, { quietMs: 500 });
      expect(marks, 'marks of any kind').toEqual([]);
      await expectBadge(browser, page, '');
      expectUnchanged(before, await snapshot(page));
    });

    it('control: a claim added to the same page is marked and counted', async () => {
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Update from a reader: zinc carnosine repairs a damaged gut lining in just a few weeks.';
        document.querySelector('main')!.append(p);
      }, undefined);
      const style = `gutcheck-${claimById('zinc-carnosine-heals-gut').verdict}`;
      const marked = (m: readonly Mark[]) => m.some((x) => x.name === style && /zinc carnosine repairs/i.test(x.text));
      expect(marked(await pollFor(() => readMarks(page), marked, 5000)), 'the added claim is marked').toBe(true);
      await expectBadge(browser, page, '1');
    });
  });

  describe('errors and network', () => {
    itLeavesNoTrace(() => browser);
  });
}
