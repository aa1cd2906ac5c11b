/**
 * SPA navigation on a magazine whose router swaps <main>'s article and the URL without loading a
 * document: once with history.pushState/popstate, once with the Navigation API (navigate event +
 * intercept). GutCheck must drop the old article's marks, mark the new one, move the badge and the
 * live region to the new page's count, and leave what did not change alone: the aside's mark is
 * kept (the same Range) and the aside is not read again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, shoot, startSession, type Session } from './harness';
import { act } from './lib/actions';
import { cardOf, openCardByPointer } from './lib/card';
import { assertedClaimsByCard, expectAssertedSet, expectBadge, expectNoTrafficBeyondLoopback, expectStage } from './lib/checks';
import { claimById, loadExpected, type ExpectedHighlight } from './lib/expected';
import { readMarks } from './lib/probe';
import { probeContentScript, type WorkProbe } from './lib/work-probe';

const NAME = 'spa-magazine';
const expected = loadExpected(FIXTURES_DIR, NAME);
/** The parts of the page the router never touches. */
const UNTOUCHED = ['#reader-tip', 'footer'];
const ROUTERS = [
  { name: 'history.pushState', query: '' },
  { name: 'the Navigation API', query: '?router=navigation' },
];

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

for (const router of ROUTERS) {
  describe(`SPA navigation with ${router.name}`, () => {
    let page: Page;
    let probe: WorkProbe;
    const seen: ExpectedHighlight[] = [...expected.highlights];

    beforeAll(async () => {
      page = await session.open(`/${NAME}.html${router.query}`);
    });
    afterAll(async () => {
      await probe?.detach().catch(() => undefined);
      await page?.close();
    });

    it('marks the first article and the reader tip', async () => {
      await expectStage(session, page, expected, []);
      probe = await probeContentScript(page, session.extId!);
    });

    it('a navigation that changes nothing on the page (replaceState) reads nothing again', async () => {
      await probe.reset();
      await probe.rememberRanges();
      await page.evaluate(() => {
        const url = new URL(location.href);
        url.searchParams.set('ref', 'newsletter');
        history.replaceState(history.state, '', url);
      });
      await page.waitForTimeout(600);
      const n = expected.highlights.length;
      expect(await probe.rangesKept(), 'every mark kept as it was').toEqual({ kept: n, remembered: n, now: n });
      expect((await probe.counts()).reads, 'text nodes read after the URL changed').toBe(0);
      await expectBadge(session, page, String(expected.asserted.length));
    });

    expected.steps.forEach((step, i) => {
      const label = step.action === 'click' ? `click "${step.target!.name}"` : step.action;
      it(`step ${i + 1}, ${label}: old marks go, new claims are marked, the badge follows (${step.asserted.length})`, async () => {
        const before = page.url();
        if (i === 0) {
          await probe.reset();
          await probe.rememberRanges();
        }
        await act(page, step);
        await expect.poll(() => page.url(), { message: 'URL changed' }).not.toBe(before);
        await expectStage(session, page, step, seen);
        seen.push(...step.highlights);
        if (i === 0) await shoot(page, `${NAME}-${router.query ? 'navigation-api' : 'history'}-gluten.png`);
      });

      if (i !== 0) return;
      it('step 1 read only the new article, kept the aside’s mark and painted each new mark once', async () => {
        const work = await probe.counts([...UNTOUCHED, 'main']);
        expect(UNTOUCHED.map((sel) => work.readsWithin[sel]), `text read in ${UNTOUCHED.join(', ')}`).toEqual(UNTOUCHED.map(() => 0));
        expect(work.readsWithin.main, 'the new article was read').toBeGreaterThan(0);
        expect(work.maxReadsOfOneNode, 'times the same text node was read').toBe(1);
        const tipMarks = expected.highlights.filter((h) => step.asserted.includes(h.claim)).length;
        expect(await probe.rangesKept(), 'marks kept as the same Range').toMatchObject({ kept: tipMarks });
        const marks = await readMarks(page);
        expect({ added: work.marksAdded, removed: work.marksRemoved }, 'highlight ranges painted and removed').toEqual({
          added: marks.length - tipMarks,
          removed: expected.highlights.length - tipMarks,
        });
      });

      it('step 1: the live region announces the new page’s count', async () => {
        const live = page.locator('gutcheck-ui [data-testid="gutcheck-live"]');
        await expect.poll(() => live.textContent(), { timeout: 5000 }).toBe(`${step.asserted.length} claims on this page: open the GutCheck panel to list them`);
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
      await cardOf(page).locator('[data-testid="card-dismiss"]').click();
      const shown = async () => (await readMarks(page)).some((m) => m.text.includes(tip.text as string));
      await expect.poll(shown, { message: 'hidden on this page' }).toBe(false);
      await act(page, expected.steps[0]!);
      await expect.poll(shown, { message: 'shown again after navigating' }).toBe(true);
      await expectBadge(session, page, String(expected.steps[0]!.asserted.length));
    });
  });
}

describe('SPA navigation: the page', () => {
  it('logs no console errors', () => {
    expect(session.consoleErrors).toEqual([]);
  });

  it('sends no request beyond 127.0.0.1 (Playwright log and Chromium net-log)', async () => {
    await expectNoTrafficBeyondLoopback(session);
  });
});
