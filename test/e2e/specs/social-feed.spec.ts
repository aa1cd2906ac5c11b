/**
 * A live feed, for any browser behind the seam: the "more" button rewrites a caption and
 * scrolling appends posts. GutCheck must mark the new text as it arrives, grow the badge, keep the
 * page untouched, and let a keyboard user walk through every claim (Alt+Shift+N / Alt+Shift+P)
 * with its card.
 *
 * Each step is checked against the stage the page shows, read from the page itself: a step can
 * bring the next batch within the feed's loading distance (clicking "more" scrolls it to the
 * middle of a tall window), and the page then holds a later stage at once. The check stays exact:
 * the step must show its own posts, every passage of the stages shown is marked, and the badge
 * counts the claims of the last stage shown, no more and no fewer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFor, sleep, type E2EBrowser, type E2EPage, type LaunchE2E } from '../lib/browser-seam';
import { expectAssertedSet, expectHighlights, expectNoForbiddenMarks, expectUnchanged } from '../lib/checks';
import { claimFromCardText, FIXTURES_DIR, loadExpected, norm, type Stage } from '../lib/expected';
import { act } from '../lib/seam-actions';
import { closeCard, openCardByPointer, peekCard, type OpenCard } from '../lib/seam-card';
import {
  assertedClaimsByCard,
  expectBadge,
  itLeavesNoTrace,
  rangesKept,
  readLiveRegion,
  rememberRanges,
  snapshot,
  waitForMarks,
} from '../lib/seam-checks';

const NAME = 'social-feed';
const expected = loadExpected(FIXTURES_DIR, NAME);
const finalStage = expected.steps.at(-1) ?? expected;

/** How many of the fixture's steps `page` shows: a step shows once every passage it adds is in the page's text. */
async function stepsShown(page: E2EPage): Promise<number> {
  const text = norm(await page.evaluate(() => document.body.innerText, undefined));
  const shows = (stage: Stage) => stage.highlights.every((h) => (Array.isArray(h.text) ? h.text : [h.text]).some((t) => text.includes(norm(t))));
  const firstMissing = expected.steps.findIndex((step) => !shows(step));
  return firstMissing === -1 ? expected.steps.length : firstMissing;
}

/** Does step `i` to `page` unless the page already shows it (an earlier step brought its posts in). */
async function advance(page: E2EPage, i: number): Promise<void> {
  if ((await stepsShown(page)) <= i) await act(page, expected.steps[i]!);
}

/**
 * Steps one card further with `chord` and returns the new card: one whose step line ("Claim 3 of
 * 11", shown only on cards opened from the keyboard) differs from `from`, as it does even when the
 * walk wraps.
 */
async function stepCard(page: E2EPage, chord: 'Alt+Shift+KeyN' | 'Alt+Shift+KeyP', from: string): Promise<OpenCard> {
  await page.press(chord);
  const stepped = (c: OpenCard | null) => c !== null && c.step !== from && /^Claim \d+ of \d+/.test(c.step);
  const card = await pollFor(() => peekCard(page), stepped, 5000, 50);
  if (!card || !stepped(card)) throw new Error(`${chord} opened no further card (last: "${from}", now: "${card?.step ?? 'no card'}")`);
  return card;
}

export function describeSocialFeed(launch: LaunchE2E): void {
  let browser: E2EBrowser;
  let page: E2EPage;
  /** Asserted claim ids as the cards opened by pointer show them. */
  let byClick: Set<string> | undefined;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.open(`/${NAME}.html`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('social feed', () => {
    it('marks the first posts, caption split across spans, links and emoji images', async () => {
      const marks = await waitForMarks(page, { atLeast: 1 });
      expect(await stepsShown(page), 'steps the feed shows before any').toBe(0);
      expectHighlights(expected, marks);
      await expectBadge(browser, page, String(expected.asserted.length));
      await page.screenshot(`${browser.name}-${NAME}-initial.png`);
    });

    expected.steps.forEach((step, i) => {
      it(`step ${i + 1}, ${step.action}: marks the new text, and the badge counts the claims the page shows`, async () => {
        await advance(page, i);
        const marks = await waitForMarks(page, { atLeast: 1 }); // settled: what the step set off has happened
        const shown = await stepsShown(page);
        expect(shown, 'steps whose posts the page shows').toBeGreaterThan(i);
        const stages = [expected, ...expected.steps.slice(0, shown)];
        expectHighlights({ ...stages.at(-1)!, highlights: stages.flatMap((s) => s.highlights) }, marks);
        expectNoForbiddenMarks(marks);
        await expectBadge(browser, page, String(stages.at(-1)!.asserted.length));
        if (step.action === 'expand-more') await page.screenshot(`${browser.name}-${NAME}-expanded.png`);
      });
    });

    it('keeps the open card and the existing marks when a post is appended elsewhere', async () => {
      await page.evaluate(() => window.scrollTo(0, 0), undefined);
      const card = await openCardByPointer(page, 'gutcheck-supported', 0);
      expect(await rememberRanges(page), 'marks before the post arrives').toBeGreaterThan(0);
      await page.evaluate(() => {
        const post = document.createElement('article');
        post.setAttribute('role', 'article');
        post.textContent = 'Sunday market haul: apples, leeks and far too much cheese.';
        document.getElementById('feed')!.append(post);
      }, undefined);
      try {
        await sleep(800);
        expect((await peekCard(page))?.claim, 'the open card stays open').toBe(card.claim);
        const kept = await rangesKept(page);
        expect(kept.kept, 'marks of untouched posts kept (not rescanned and rebuilt)').toBe(kept.remembered);
      } finally {
        await page.evaluate(() => document.querySelector('#feed > article:last-child')?.remove(), undefined);
      }
      await closeCard(page);
    });

    it('announces the badge’s count in the live region', async () => {
      const n = Number(await browser.badge(page));
      expect(n, 'badge after the feed grew').toBeGreaterThan(0);
      const want = `${n} claims on this page: open the GutCheck panel to list them`;
      expect(await pollFor(() => readLiveRegion(page), (t) => t === want, 5000)).toBe(want);
    });

    it('opens a card naming the verdict for every asserted mark, after the feed grew', async () => {
      byClick = await assertedClaimsByCard(page);
      expectAssertedSet(finalStage, byClick);
    });

    it('Alt+Shift+N walks through every asserted claim with its card; Alt+Shift+P goes back', async () => {
      byClick ??= await assertedClaimsByCard(page);
      await closeCard(page);
      await page.evaluate(() => window.scrollTo(0, 0), undefined);
      // The pointer rests on the bar at the top, off the text: left where the last click was, it
      // would hover whatever mark the walk scrolls under it, and a hover opens that mark's card.
      await page.hover(8, 8);
      const seen: string[] = [];
      // The walk may include context marks (disputed/mentioned claims); one press per mark stays clear of wrapping.
      const marks = await waitForMarks(page, { quietMs: 200 });
      let step = '';
      for (let i = 0; i < marks.length; i++) {
        const card = await stepCard(page, 'Alt+Shift+KeyN', step);
        step = card.step;
        seen.push(`${card.claim}|${card.matched}`);
        if (i === 1) await page.screenshot(`${browser.name}-${NAME}-keyboard-card.png`);
      }
      const asserted = new Set(
        seen
          .filter((s) => /^\s*Makes this claim/.test(s))
          .map((s) => claimFromCardText(s.split('|')[0]!))
          .filter((c) => c !== undefined)
          .map((c) => c.id),
      );
      // Same claims as a pointer reaches (whether or not those match the fixture: that is the test above).
      expect([...asserted].sort(), 'claims reached by Alt+Shift+N vs by clicking').toEqual([...byClick].sort());
      expect(seen[1], 'second claim differs from the first').not.toBe(seen[0]);
      const back = await stepCard(page, 'Alt+Shift+KeyP', step);
      expect(`${back.claim}|${back.matched}`, 'Alt+Shift+P returns to the previous claim').toBe(seen.at(-2));
      await closeCard(page);
    });

    it('leaves the page’s text, DOM and layout as the same actions leave it without GutCheck', async () => {
      await closeCard(page);
      await page.evaluate(() => window.scrollTo(0, 0), undefined);
      const after = await snapshot(page);
      const baseline = await browser.openBaseline(`${NAME}.html`);
      for (let i = 0; i < expected.steps.length; i++) await advance(baseline, i);
      expect(await stepsShown(baseline), 'the baseline went through every step').toBe(expected.steps.length);
      await baseline.evaluate(() => window.scrollTo(0, 0), undefined);
      expectUnchanged(await snapshot(baseline), after);
      await baseline.close();
    });

    itLeavesNoTrace(() => browser);
  });
}
