/**
 * A timeline that swaps its feed container, for any browser behind the seam: switching tabs
 * removes the shown container and inserts another (first a new one that fills in a moment later
 * and grows as you scroll, later the kept one again). GutCheck must drop the removed posts' marks,
 * mark the posts of whichever container is in, and keep the badge at the shown timeline's count.
 * That removed posts are not read is counted only where `watch` is given (Chromium; see WatchWork).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage, LaunchE2E, WatchWork } from '../lib/browser-seam';
import { expectAssertedSet } from '../lib/checks';
import { FIXTURES_DIR, loadExpected, type ExpectedHighlight } from '../lib/expected';
import { act } from '../lib/seam-actions';
import { assertedClaimsByCard, expectStage, itLeavesNoTrace } from '../lib/seam-checks';
import type { WorkProbe } from '../lib/work-probe';

const NAME = 'feed-tabs';
const expected = loadExpected(FIXTURES_DIR, NAME);

export function describeFeedSwap(launch: LaunchE2E, watch?: WatchWork): void {
  let browser: E2EBrowser;
  let page: E2EPage;
  let probe: WorkProbe | undefined;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.open(`/${NAME}.html`);
  });
  afterAll(async () => {
    await probe?.detach().catch(() => undefined);
    await browser?.close();
  });

  describe('feed that swaps its container', () => {
    const seen: ExpectedHighlight[] = [...expected.highlights];

    it('marks the first timeline', async () => {
      await expectStage(browser, page, expected, []);
      if (watch) probe = await watch(page);
    });

    expected.steps.forEach((step, i) => {
      const label = step.action === 'click' ? `click "${step.target!.name}"` : step.action;
      it(`step ${i + 1}, ${label}: marks the shown timeline, drops the removed one, badge ${step.asserted.length}`, async () => {
        await probe?.reset();
        await act(page, step);
        await expectStage(browser, page, step, seen);
        seen.push(...step.highlights);
        if (i === 0) await page.screenshot(`${browser.name}-${NAME}-following.png`);
      });

      if (i === 0 && watch) {
        it('step 1 read the new timeline, not the removed one, each text node once (Chromium: the work probe)', async () => {
          const work = await probe!.counts(['[data-tab=foryou]', '[data-tab=following]']);
          expect(work.readsWithin['[data-tab=foryou]'], 'text of the removed timeline read').toBe(0);
          expect(work.readsWithin['[data-tab=following]'], 'text of the new timeline read').toBeGreaterThan(0);
          expect(work.maxReadsOfOneNode, 'times the same text node was read').toBe(1);
        });
      }
    });

    it('opens a card naming the verdict for every asserted mark of the shown timeline only', async () => {
      expectAssertedSet(expected.steps.at(-1)!, await assertedClaimsByCard(page));
    });

    itLeavesNoTrace(() => browser, async () => void (await probe?.detach().catch(() => undefined)));
  });
}
