/**
 * A live feed: the "more" button rewrites a caption and scrolling appends posts. GutCheck must
 * mark the new text as it arrives, grow the badge, keep the page untouched, and let a keyboard
 * user walk through every claim (Alt+Shift+N / Alt+Shift+P) with its card announced.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, shoot, startSession, type Session } from './harness';
import { act } from './lib/actions';
import { cardOf, closeCard, openCardByPointer, readCard } from './lib/card';
import { assertedClaimsByCard, expectAssertedSet, expectBadge, expectHighlights, expectNoForbiddenMarks, expectNoTrafficBeyondLoopback, expectUnchanged } from './lib/checks';
import { claimFromCardText, loadExpected, type Expected } from './lib/expected';
import { snapshot, waitForMarks } from './lib/probe';

const NAME = 'social-feed';
const expected: Expected = loadExpected(FIXTURES_DIR, NAME);
const finalStage = expected.steps.at(-1) ?? expected;

let session: Session;
let page: Page;
let baseline: Page;
/** Asserted claim ids as the cards opened by pointer show them. */
let byClick: Set<string> | undefined;

beforeAll(async () => {
  session = await startSession();
  baseline = await session.openBaseline(`${NAME}.html`);
  page = await session.open(`/${NAME}.html`);
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

describe('social feed', () => {
  it('marks the first posts, caption split across spans, links and emoji images', async () => {
    const marks = await waitForMarks(page, { atLeast: 1 });
    expectHighlights(expected, marks);
    await expectBadge(session, page, String(expected.asserted.length));
    await shoot(page, `${NAME}-initial.png`);
  });

  expected.steps.forEach((step, i) => {
    it(`step ${i + 1}, ${step.action}: marks the new text and the badge follows (${step.asserted.length})`, async () => {
      await act(baseline, step);
      await act(page, step);
      const marks = await waitForMarks(page, { atLeast: 1 });
      if (step.action === 'expand-more') await shoot(page, `${NAME}-expanded.png`);
      expectHighlights(step, marks);
      expectNoForbiddenMarks(marks);
      await expectBadge(session, page, String(step.asserted.length));
    });
  });

  it('keeps the open card and the existing marks when a post is appended elsewhere', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const card = await openCardByPointer(page, 'gutcheck-supported', 0);
    await page.evaluate(() => {
      (window as unknown as { __old: Range[] }).__old = [...CSS.highlights].flatMap(([, h]) => [...(h as Highlight)] as Range[]);
      const post = document.createElement('article');
      post.setAttribute('role', 'article');
      post.textContent = 'Sunday market haul: apples, leeks and far too much cheese.';
      document.getElementById('feed')!.append(post);
    });
    try {
      await page.waitForTimeout(800);
      const kept = await page.evaluate(() => {
        const now = new Set([...CSS.highlights].flatMap(([, h]) => [...(h as Highlight)]));
        const old = (window as unknown as { __old: Range[] }).__old;
        return `${old.filter((r) => now.has(r)).length}/${old.length}`;
      });
      expect(await cardOf(page).isVisible(), `card "${card.claim}" still open`).toBe(true);
      expect(kept, 'marks of untouched posts kept (not rescanned and rebuilt)').toMatch(/^(\d+)\/\1$/);
    } finally {
      await page.evaluate(() => document.querySelector('#feed > article:last-child')?.remove());
    }
    await closeCard(page);
  });

  it('announces the badge’s count in the live region', async () => {
    const live = page.locator('gutcheck-ui [data-testid="gutcheck-live"]');
    const n = Number(await session.badge(page));
    expect(n, 'badge after the feed grew').toBeGreaterThan(0);
    await expect.poll(() => live.textContent({ timeout: 2000 }), { timeout: 5000 }).toBe(`${n} claims on this page: open the GutCheck panel to list them`);
  });

  it('opens a card naming the verdict for every asserted mark, after the feed grew', async () => {
    byClick = await assertedClaimsByCard(page);
    expectAssertedSet(finalStage, byClick);
  });

  it('Alt+Shift+N walks through every asserted claim with its card; Alt+Shift+P goes back', async () => {
    byClick ??= await assertedClaimsByCard(page);
    await closeCard(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const seen: string[] = [];
    // The walk may include context marks (disputed/mentioned claims); one press per mark stays clear of wrapping.
    const marks = await waitForMarks(page, { quietMs: 200 });
    for (let i = 0; i < marks.length; i++) {
      await page.keyboard.press('Alt+Shift+N');
      const card = await readCard(page);
      seen.push(`${card.claim}|${await cardOf(page).locator('[data-testid="card-matched"]').textContent()}`);
      if (i === 1) await shoot(page, `${NAME}-keyboard-card.png`);
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
    await page.keyboard.press('Alt+Shift+P');
    const back = await readCard(page);
    expect(`${back.claim}|${await cardOf(page).locator('[data-testid="card-matched"]').textContent()}`, 'Alt+Shift+P returns to the previous claim').toBe(seen.at(-2));
    await closeCard(page);
  });

  it('leaves the page’s text, DOM and layout as the same actions leave it without GutCheck', async () => {
    await closeCard(page);
    for (const p of [page, baseline]) await p.evaluate(() => window.scrollTo(0, 0));
    expectUnchanged(await snapshot(baseline), await snapshot(page));
  });

  it('logs no console errors', () => {
    expect(session.consoleErrors).toEqual([]);
  });

  it('sends no request beyond 127.0.0.1 (Playwright log and Chromium net-log)', async () => {
    await expectNoTrafficBeyondLoopback(session);
  });
});
