/**
 * The database page (database.html) in real Chromium, used as a reader would: type a search,
 * pick a verdict, open a permalink, and reach an entry from the evidence card's "More about this
 * claim" on a real page (a new tab at that entry). Screenshots at 1280 and 390 px wide.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verdictWords } from '../../claims/words';
import { shoot, startSession, type Session } from './harness';
import { blockingOn } from './lib/axe';
import { cardOf, openCardByPointer } from './lib/card';
import { expectNoTrafficBeyondLoopback } from './lib/checks';
import { claimFromCardText } from './lib/expected';
import { ASSERTED_HIGHLIGHTS, waitForMarks } from './lib/probe';

let session: Session;
let db: Page;
const base = () => `chrome-extension://${session.extId}/database.html`;
const count = (page: Page) => page.getByTestId('db-count').innerText();
const shownIds = (page: Page) => page.locator('[data-testid="db-entry"]').evaluateAll((els) => els.map((e) => e.id));

/** Polls until the element with `id` is focused and scrolled to the top of the viewport (block: start). */
async function expectLandedOn(page: Page, id: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate((id) => {
          const el = document.getElementById(id);
          if (!el) return 'missing';
          const top = el.getBoundingClientRect().top;
          return document.activeElement === el && top >= 0 && top < 40 ? 'landed' : `focus ${document.activeElement?.id || document.activeElement?.tagName}, top ${Math.round(top)}`;
        }, id),
      { timeout: 5000, message: `#${id} scrolled into view and focused` },
    )
    .toBe('landed');
}

beforeAll(async () => {
  session = await startSession();
  db = await session.ctx.newPage();
  await db.goto(base());
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

describe('database browser', () => {
  it('lists every entry and says how many', async () => {
    await db.getByTestId('db-entry').first().waitFor();
    const total = (await shownIds(db)).length;
    expect(total).toBeGreaterThanOrEqual(49);
    expect(await count(db)).toBe(`${total} of ${total} entries`);
    expect(await blockingOn(db)).toEqual([]);
    await shoot(db, 'database-1280.png');
  });

  it('searches as a person types, best match first, typos forgiven', async () => {
    await db.getByLabel('Search claims').click();
    await db.keyboard.type('bone broth', { delay: 30 });
    await expect.poll(async () => (await shownIds(db))[0]).toBe('bone-broth-heals-gut');
    await db.keyboard.press('ControlOrMeta+A');
    await db.keyboard.type('colagen', { delay: 30 });
    await expect.poll(async () => (await shownIds(db))[0]).toBe('collagen-rebuilds-gut-wall');
    const shown = (await shownIds(db)).length;
    expect(await count(db)).toMatch(new RegExp(`^${shown} of \\d+ entries$`));
  });

  it('filters by verdict from a labelled select, with the keyboard', async () => {
    await db.getByTestId('db-show-all').click();
    await db.getByLabel('Verdict').focus();
    await db.getByLabel('Verdict').selectOption({ label: verdictWords('contradicted') });
    await expect.poll(() => count(db)).not.toMatch(/^(\d+) of \1 /);
    const verdicts = await db.locator('[data-testid="db-entry"] [data-testid="card-verdict"]').allInnerTexts();
    expect(verdicts.length).toBeGreaterThan(0);
    expect(new Set(verdicts)).toEqual(new Set([verdictWords('contradicted')]));
    await db.getByTestId('db-show-all').click();
  });

  it('opens a permalink scrolled to and focused on its entry, with a visible focus ring', async () => {
    const page = await session.ctx.newPage();
    await page.goto(`${base()}#candida-causes-leaky-gut`);
    await expectLandedOn(page, 'candida-causes-leaky-gut');
    const ring = await page.locator('#candida-causes-leaky-gut').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).toBe('solid');
    await shoot(page, 'database-permalink-1280.png');
    // The entry's own "Link to this entry" and a later hashchange land the same way.
    await page.evaluate(() => (location.hash = '#zonulin-test-diagnoses'));
    await expectLandedOn(page, 'zonulin-test-diagnoses');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => (location.hash = '#bone-broth-heals-gut'));
    await expectLandedOn(page, 'bone-broth-heals-gut');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
    await shoot(page, 'database-390.png');
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    await shoot(page, 'database-390-top.png');
    await page.close();
  });

  it('the card\'s "More about this claim" opens the entry in a new tab', async () => {
    const page = await session.open('/demo.html');
    await waitForMarks(page, { atLeast: 1 });
    const name = await page.evaluate((names) => names.find((n) => (CSS.highlights.get(n)?.size ?? 0) > 0), ASSERTED_HIGHLIGHTS);
    const card = await openCardByPointer(page, name!, 0);
    const claim = claimFromCardText(card.claim);
    expect(claim, card.claim).toBeDefined();
    await cardOf(page).getByTestId('card-more').scrollIntoViewIfNeeded();
    await shoot(page, 'card-more-link.png');
    const opened = session.ctx.waitForEvent('page', { timeout: 10_000 });
    await cardOf(page).getByTestId('card-more').click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`${base()}#${claim!.id}`);
    await expectLandedOn(tab, claim!.id);
    await tab.close();
  });

  it('fetched nothing and logged no errors', async () => {
    expect(session.consoleErrors).toEqual([]);
    await expectNoTrafficBeyondLoopback(session);
  });
});
