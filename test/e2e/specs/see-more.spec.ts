/**
 * "See more" without the hidden attribute, for any browser behind the seam: text shown by
 * removing a class, by an inline style (jQuery's .show()), and comments shown and hidden again by
 * a class on their list. GutCheck must mark the text once it shows (and drop the mark when it
 * hides again), while class changes that show no new text keep every mark as it is. How much text
 * such changes make the content script read is counted only where `watch` is given (Chromium;
 * see WatchWork): nothing beyond the changed post, and nothing at all for style changes that
 * cannot hide anything (opacity, transform).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFor, sleep, type E2EBrowser, type E2EPage, type LaunchE2E, type WatchWork } from '../lib/browser-seam';
import { expectAssertedSet } from '../lib/checks';
import { FIXTURES_DIR, loadExpected, type ExpectedHighlight } from '../lib/expected';
import { act } from '../lib/seam-actions';
import { assertedClaimsByCard, expectStage, itLeavesNoTrace, rangesKept, rememberRanges } from '../lib/seam-checks';
import type { WorkProbe } from '../lib/work-probe';

const NAME = 'see-more';
const expected = loadExpected(FIXTURES_DIR, NAME);

export function describeSeeMore(launch: LaunchE2E, watch?: WatchWork): void {
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

  describe('see more by class and style', () => {
    const seen: ExpectedHighlight[] = [...expected.highlights];

    it('marks only the text shown at first', async () => {
      await expectStage(browser, page, expected, []);
      if (watch) probe = await watch(page);
    });

    expected.steps.forEach((step, i) => {
      it(`step ${i + 1}, click "${step.target!.name}": the badge follows (${step.asserted.length})`, async () => {
        await act(page, step);
        await expectStage(browser, page, step, seen);
        seen.push(...step.highlights);
        if (i === 2) await page.screenshot(`${browser.name}-${NAME}-expanded.png`);
      });
    });

    it('class changes that show no new text keep every mark as the same Range', async () => {
      await probe?.reset();
      expect(await rememberRanges(page), 'marks before').toBeGreaterThan(0);
      await page.evaluate(async () => {
        const notice = document.getElementById('post-notice')!;
        for (let i = 0; i < 10; i++) {
          notice.classList.toggle('flash');
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
      }, undefined);
      // Ten changes in 0.4 s make the post busy: its last state is read once, a second later.
      await sleep(1400);
      const kept = await rangesKept(page);
      expect(kept, 'marks kept as the same Range, none added').toEqual({ kept: kept.remembered, remembered: kept.now, now: kept.now });
    });

    if (watch) {
      it('class changes: no mark painted or removed, nothing read beyond their post (Chromium: the work probe)', async () => {
        const work = await probe!.counts(['#post-notice']);
        // The positive signal that the fixed wait above covered the busy post's one late read.
        expect(work.readsWithin['#post-notice'], 'the post whose class changed was read again').toBeGreaterThan(0);
        expect({ added: work.marksAdded, removed: work.marksRemoved }, 'marks painted or removed').toEqual({ added: 0, removed: 0 });
        expect(work.reads, 'text read outside the post whose class changed').toBe(work.readsWithin['#post-notice']);
      });

      it('style changes that cannot show or hide text (opacity, transform) read nothing (Chromium: the work probe)', async () => {
        await probe!.reset();
        await page.evaluate(async () => {
          const text = document.querySelector<HTMLElement>('#post-zinc p')!;
          for (let i = 1; i <= 10; i++) {
            text.style.opacity = String(1 - i / 20);
            text.style.transform = `translateX(${i}px)`;
            await new Promise((resolve) => setTimeout(resolve, 40));
          }
          text.removeAttribute('style');
          // Then a text change elsewhere: once it is read, every change before it has been seen.
          const sentinel = document.createElement('span');
          sentinel.id = 'style-sentinel';
          sentinel.textContent = ' (edited)';
          document.querySelector('#post-notice p')!.append(sentinel);
        }, undefined);
        const work = await pollFor(() => probe!.counts(['#style-sentinel', '#post-notice', '#post-zinc']), (w) => w.readsWithin['#style-sentinel']! > 0, 5000);
        expect(work.readsWithin['#style-sentinel'], 'the later text change was read').toBeGreaterThan(0);
        expect(work.readsWithin['#post-zinc'], 'text read in the post whose style changed').toBe(0);
        expect(work.reads, 'text read beyond the post the text change was in').toBe(work.readsWithin['#post-notice']);
      });
    }

    it('opens a card naming the verdict for every asserted mark', async () => {
      expectAssertedSet(expected.steps.at(-1)!, await assertedClaimsByCard(page));
    });

    itLeavesNoTrace(() => browser, async () => void (await probe?.detach().catch(() => undefined)));
  });
}
