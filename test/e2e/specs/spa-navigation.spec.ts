/**
 * SPA navigation, for any browser behind the seam, on a magazine whose router swaps <main>'s
 * article and the URL without loading a document: once with history.pushState/popstate, once
 * with the Navigation API (navigate event + intercept). GutCheck must drop the old article's
 * marks, mark the new one, move the badge and the live region to the new page's count, and leave
 * what did not change alone: the aside's mark is kept (the same Range). How much text the content
 * script read is counted only where `watch` is given (Chromium; see WatchWork).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFor, sleep, type E2EBrowser, type E2EPage, type LaunchE2E, type WatchWork } from '../lib/browser-seam';
import { expectAssertedSet } from '../lib/checks';
import { claimById, FIXTURES_DIR, loadExpected, type ExpectedHighlight } from '../lib/expected';
import { act } from '../lib/seam-actions';
import { openCardByPointer } from '../lib/seam-card';
import {
  assertedClaimsByCard,
  expectBadge,
  expectStage,
  itLeavesNoTrace,
  rangesKept,
  readLiveRegion,
  readMarks,
  rememberRanges,
} from '../lib/seam-checks';
import { clickOn } from '../lib/seam-click';
import type { WorkProbe } from '../lib/work-probe';

const NAME = 'spa-magazine';
const expected = loadExpected(FIXTURES_DIR, NAME);
/** The parts of the page the router never touches. */
const UNTOUCHED = ['#reader-tip', 'footer'];
const ROUTERS = [
  { name: 'history.pushState', query: '', shot: 'history' },
  { name: 'the Navigation API', query: '?router=navigation', shot: 'navigation-api' },
];
/** Marks of the first stage whose claim the first step's page still makes: the reader tip's, in the aside. */
const TIP_MARKS = expected.highlights.filter((h) => expected.steps[0]!.asserted.includes(h.claim)).length;

export function describeSpaNavigation(launch: LaunchE2E, watch?: WatchWork): void {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const router of ROUTERS) {
    describe(`SPA navigation with ${router.name}`, () => {
      let page: E2EPage;
      let probe: WorkProbe | undefined;
      const seen: ExpectedHighlight[] = [...expected.highlights];

      beforeAll(async () => {
        page = await browser.open(`/${NAME}.html${router.query}`);
      });
      afterAll(async () => {
        await probe?.detach().catch(() => undefined);
        await page?.close();
      });

      it('marks the first article and the reader tip', async () => {
        if (router.query) expect(await page.evaluate(() => 'navigation' in window, undefined), 'the browser has the Navigation API').toBe(true);
        await expectStage(browser, page, expected, []);
        if (watch) probe = await watch(page);
      });

      it('a navigation that changes nothing on the page (replaceState) keeps every mark and the badge', async () => {
        await probe?.reset();
        await rememberRanges(page);
        await page.evaluate(() => {
          const url = new URL(location.href);
          url.searchParams.set('ref', 'newsletter');
          history.replaceState(history.state, '', url);
        }, undefined);
        // The positive signal: GutCheck reports the page under its new URL (it noticed the change).
        const reported = await pollFor(() => browser.tabResults(page), (r) => r?.url.includes('ref=newsletter') === true, 5000);
        expect(reported?.url, 'the results follow the new URL').toContain('ref=newsletter');
        await sleep(300);
        const n = expected.highlights.length;
        expect(await rangesKept(page), 'every mark kept as it was').toEqual({ kept: n, remembered: n, now: n });
        await expectBadge(browser, page, String(expected.asserted.length));
      });

      if (watch) {
        it('replaceState: no text read again (Chromium: the work probe)', async () => {
          expect((await probe!.counts()).reads, 'text nodes read after the URL changed').toBe(0);
        });
      }

      expected.steps.forEach((step, i) => {
        const label = step.action === 'click' ? `click "${step.target!.name}"` : step.action;
        it(`step ${i + 1}, ${label}: old marks go, new claims are marked, the badge follows (${step.asserted.length})`, async () => {
          const before = page.url();
          if (i === 0) {
            await probe?.reset();
            await rememberRanges(page);
          }
          await act(page, step);
          expect(await pollFor(async () => page.url(), (url) => url !== before, 5000), 'URL changed').not.toBe(before);
          await expectStage(browser, page, step, seen);
          seen.push(...step.highlights);
          if (i === 0) await page.screenshot(`${browser.name}-${NAME}-${router.shot}-gluten.png`);
        });

        if (i !== 0) return;
        it('step 1 kept the aside’s mark as the same Range', async () => {
          expect(await rangesKept(page), 'marks kept as the same Range').toMatchObject({ kept: TIP_MARKS });
        });

        if (watch) {
          it('step 1 read only the new article and painted each new mark once (Chromium: the work probe)', async () => {
            const work = await probe!.counts([...UNTOUCHED, 'main']);
            expect(UNTOUCHED.map((sel) => work.readsWithin[sel]), `text read in ${UNTOUCHED.join(', ')}`).toEqual(UNTOUCHED.map(() => 0));
            expect(work.readsWithin.main, 'the new article was read').toBeGreaterThan(0);
            expect(work.maxReadsOfOneNode, 'times the same text node was read').toBe(1);
            const marks = await readMarks(page);
            expect({ added: work.marksAdded, removed: work.marksRemoved }, 'highlight ranges painted and removed').toEqual({
              added: marks.length - TIP_MARKS,
              removed: expected.highlights.length - TIP_MARKS,
            });
          });
        }

        it('step 1: the live region announces the new page’s count', async () => {
          const want = `${step.asserted.length} claims on this page: open the GutCheck panel to list them`;
          expect(await pollFor(() => readLiveRegion(page), (t) => t === want, 5000)).toBe(want);
        });

        it('step 1: a card naming the verdict for every asserted mark, and only for the new page’s claims', async () => {
          expectAssertedSet(step, await assertedClaimsByCard(page));
        });
      });

      it('a claim hidden on one page ("Hide on this page") shows again on the next', async () => {
        const tip = expected.highlights[0]!;
        const name = `gutcheck-${claimById(tip.claim).verdict}`;
        const index = (await readMarks(page)).filter((m) => m.name === name).findIndex((m) => m.text.includes(tip.text as string));
        await openCardByPointer(page, name, index);
        await clickOn(page, '[data-testid="card-dismiss"]');
        const shown = async () => (await readMarks(page)).some((m) => m.text.includes(tip.text as string));
        expect(await pollFor(shown, (s) => !s, 5000), 'hidden on this page').toBe(false);
        await act(page, expected.steps[0]!);
        expect(await pollFor(shown, (s) => s, 5000), 'shown again after navigating').toBe(true);
        await expectBadge(browser, page, String(expected.steps[0]!.asserted.length));
      });
    });
  }

  describe('SPA navigation: the page', () => {
    itLeavesNoTrace(() => browser);
  });
}
