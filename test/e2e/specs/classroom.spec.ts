/**
 * Classroom mode for any browser behind the seam: the demo page runs the engine on its own posts,
 * the presenter steps with the arrow keys and scores a guess, and "Present this page" in the popup
 * opens the presenter on a real tab's claims. Chromium has a fuller Playwright twin
 * (classroom.e2e.test.ts: reports, axe-core, screenshots).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatabase } from '../../../claims/cli/load-database';
import { pickFindings } from '../../../components/classroom/findings';
import { pollFor, type E2EBrowser, type E2EPage, type LaunchE2E } from '../lib/browser-seam';
import { clickOn } from '../lib/seam-click';
import { FIXTURES_DIR, loadExpected, popupCountsFor } from '../lib/expected';
import { expectNoTrafficBeyondLoopback, waitForMarks } from '../lib/seam-checks';

const claims = new Map(loadDatabase().map((c) => [c.id, c]));
const shop = loadExpected(FIXTURES_DIR, 'supplement-shop');
const text = (page: E2EPage, selector: string): Promise<string> =>
  page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? '', selector);
/** Polls the presenter's "Claim n of N" until it matches. */
const countUntil = (page: E2EPage, want: RegExp): Promise<string> =>
  pollFor(() => text(page, '[data-testid="presenter-count"]'), (t) => want.test(t), 5000);

export function describeClassroom(launch: LaunchE2E): void {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('classroom mode', () => {
    it('the demo page lists the claims the engine finds in its posts', async () => {
      const demo = await browser.openExtensionPage('demo.html');
      const found = await pollFor(
        () => demo.evaluate(() => [...document.querySelectorAll('[data-testid="demo-finding"]')].map((e) => `${e.closest('article')?.id} ${e.getAttribute('data-claim')}:${e.getAttribute('data-stance')}`), undefined),
        (f) => f.length > 0,
      );
      expect(found).toContain('caption bone-broth-heals-gut:asserts');
      expect(found).toContain('facts nsaids-raise-permeability:asserts');
      expect(found).toContain('debunk zonulin-test-diagnoses:refutes');
      await demo.close();
    });

    it('the presenter steps with the arrow keys and scores a guess', async () => {
      const p = await browser.openExtensionPage('presenter.html');
      const first = await countUntil(p, /^Claim 1 of \d+$/);
      const total = Number(/of (\d+)$/.exec(first)?.[1]);
      expect(total).toBeGreaterThan(10);
      await p.press('ArrowRight');
      expect(await countUntil(p, /^Claim 2 /)).toBe(`Claim 2 of ${total}`);
      await p.press('ArrowRight');
      expect(await countUntil(p, /^Claim 3 /)).toBe(`Claim 3 of ${total}`);
      await p.press('ArrowLeft');
      expect(await countUntil(p, /^Claim 2 /)).toBe(`Claim 2 of ${total}`);

      expect(await text(p, '[data-testid="presenter-score"]')).toBe('Score: no guesses yet');
      expect(await text(p, '[data-testid="answer-panel"]'), 'answer hidden before the guess').toBe('');
      await clickOn(p, '[data-testid="guess-contradicted"]');
      await clickOn(p, '[data-testid="guess-high"]');
      await clickOn(p, '[data-testid="guess-check"]');
      const result = await pollFor(() => text(p, '[data-testid="guess-result"]'), (t) => t.length > 0);
      expect(result).toMatch(/Your verdict, Contradicted: (exactly right|one step off|far off)\./);
      expect(await text(p, '[data-testid="presenter-score"]')).toMatch(/^Score: [0-4] of 4 points from 1 guess$/);
      await p.screenshot(`${browser.name}-classroom-presenter.png`);
      await p.close();
    });

    it("Present this page opens the presenter on the tab's own claims", async () => {
      const page = await browser.open('/supplement-shop.html');
      await waitForMarks(page, { atLeast: 1 });
      const popup = await browser.openPopup(page);
      // A reader clicks once the popup has drawn the page's count: a count that grows while the
      // click is aimed moves the button under the pointer (seen once in CI: the click missed).
      const counts = popupCountsFor(shop.asserted);
      expect(await pollFor(() => text(popup, '[data-testid="popup-counts"]'), (t) => t === counts, 10_000)).toBe(counts);
      const stored = await browser.tabResults(page);
      const want = pickFindings(stored?.claims ?? [], (id) => claims.get(id)).length;
      const p = await browser.tabOpenedBy(() => clickOn(popup, '[data-testid="present-page"]'), 'presenter.html?tab=');
      expect(await countUntil(p, /^Claim 1 of \d+$/)).toBe(`Claim 1 of ${want}`);
      await p.press('ArrowRight');
      expect(await countUntil(p, /^Claim 2 /)).toBe(`Claim 2 of ${want}`);
      expect(browser.errors()).toEqual([]);
    });

    it('fetched nothing', async () => {
      await expectNoTrafficBeyondLoopback(browser);
    });
  });
}
