/**
 * The database page for any browser behind the seam: a search typed with the real keyboard, a
 * verdict picked in its select, a permalink that lands focused at the top, and the card's "More
 * about this claim", which must open the entry in a new tab (through the background: the page is
 * not web-accessible). Chromium has a fuller Playwright twin (database-browser.e2e.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verdictWords } from '../../../claims/words';
import { pollFor, type E2EBrowser, type E2EPage, type LaunchE2E } from '../lib/browser-seam';
import { claimFromCardText } from '../lib/expected';
import { ASSERTED_HIGHLIGHTS } from '../lib/probe';
import { highlightSizesInPage, openCardByPointer } from '../lib/seam-card';
import { clickOn } from '../lib/seam-click';
import { expectNoTrafficBeyondLoopback, waitForMarks } from '../lib/seam-checks';

const shownIds = (page: E2EPage): Promise<string[]> =>
  page.evaluate(() => [...document.querySelectorAll('[data-testid="db-entry"]')].map((e) => e.id), undefined);
const countText = (page: E2EPage): Promise<string> =>
  page.evaluate(() => document.querySelector('[data-testid="db-count"]')?.textContent ?? '', undefined);

/** 'landed' once entry `id` has focus and sits at the top of the viewport. Run in the page. */
const landingInPage = (id: string): string => {
  const el = document.getElementById(id);
  if (!el) return 'missing';
  const top = el.getBoundingClientRect().top;
  return document.activeElement === el && top >= 0 && top < 40 ? 'landed' : `focus on ${document.activeElement?.id || document.activeElement?.tagName}, top ${Math.round(top)}`;
};
const expectLanded = async (page: E2EPage, id: string) =>
  expect(await pollFor(() => page.evaluate(landingInPage, id), (s) => s === 'landed', 5000)).toBe('landed');

export function describeDatabaseBrowser(launch: LaunchE2E): void {
  let browser: E2EBrowser;
  let db: E2EPage;
  beforeAll(async () => {
    browser = await launch();
    db = await browser.openExtensionPage('database.html');
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('database browser', () => {
    it('lists every entry, searches as a person types, and filters by verdict', async () => {
      const total = (await shownIds(db)).length;
      expect(total).toBeGreaterThanOrEqual(49);
      expect(await countText(db)).toBe(`${total} of ${total} entries`);
      await clickOn(db, '[data-testid="db-search"]');
      await db.type('kombucha');
      expect((await pollFor(() => shownIds(db), (ids) => ids[0] === 'kombucha-vinegar-heal-gut'))[0]).toBe('kombucha-vinegar-heal-gut');
      await clickOn(db, '[data-testid="db-show-all"]');
      await db.select('[data-testid="db-verdict"]', 'contradicted');
      const verdicts = await pollFor(
        () => db.evaluate(() => [...document.querySelectorAll('[data-testid="db-entry"] [data-testid="card-verdict"]')].map((e) => e.textContent), undefined),
        (v) => v.length > 0 && v.length < total,
      );
      expect(new Set(verdicts)).toEqual(new Set([verdictWords('contradicted')]));
      expect(await countText(db)).toBe(`${verdicts.length} of ${total} entries`);
      await db.screenshot(`${browser.name}-database.png`);
    });

    it('opens a permalink scrolled to and focused on its entry', async () => {
      const page = await browser.openExtensionPage('database.html#candida-causes-leaky-gut');
      await expectLanded(page, 'candida-causes-leaky-gut');
      await page.close();
    });

    it('the card’s "More about this claim" opens the entry in a new tab', async () => {
      const page = await browser.open('/demo.html');
      await waitForMarks(page, { atLeast: 1 });
      const sizes = await page.evaluate(highlightSizesInPage, ASSERTED_HIGHLIGHTS);
      const name = ASSERTED_HIGHLIGHTS[sizes.findIndex((n) => n > 0)]!;
      const claim = claimFromCardText((await openCardByPointer(page, name, 0)).claim);
      expect(claim).toBeDefined();
      const tab = await browser.tabOpenedBy(() => clickOn(page, '[data-testid="card-more"]'), `database.html#${claim!.id}`);
      await expectLanded(tab, claim!.id);
      expect(browser.errors()).toEqual([]);
    });

    it('fetched nothing', async () => {
      await expectNoTrafficBeyondLoopback(browser);
    });
  });
}
