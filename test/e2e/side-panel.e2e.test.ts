/**
 * The side panel in real Chromium, on the growing social feed. Playwright cannot open Chrome's
 * side panel UI, so the panel's page (sidepanel.html?tabId=<the feed's tab>) is opened in a tab
 * and driven there: it lists the page's claims grouped by verdict as the badge counts them,
 * follows the feed as it grows, scrolls the page to a passage and flashes it, searches and
 * filters, and moves between its tabs with the keyboard. Screenshots at 390 px and at the real
 * panel's size. What both browsers share (a long article, the text check, the popup's counts and
 * its button opening the real panel, axe on panel and popup) is in specs/side-panel.spec.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertedOnPage } from '../../claims/engine/page-stance';
import { tabResultsSchema } from '../../entrypoints/lib/messages';
import { claimById, FIXTURES_DIR, loadExpected } from './lib/expected';
import { seamPage } from './lib/chromium-seam';
import { act } from './lib/seam-actions';
import { blockingViolations } from './lib/axe';
import { expectBadge, expectNoTrafficBeyondLoopback } from './lib/checks';
import { waitForMarks } from './lib/probe';
import { shoot, startSession, type Session } from './harness';

const NAME = 'social-feed';
const expected = loadExpected(FIXTURES_DIR, NAME);
const last = expected.steps.at(-1)!;

let session: Session;
let page: Page;
let panel: Page;
let pageTab: number;

/** Claim ids the panel lists under a verdict (not the context group), with that group's verdict. */
const listed = (p: Page) =>
  p.locator('[data-testid="panel-group"]:not([data-group="context"]) [data-testid="panel-claim"]').evaluateAll((els) =>
    els.map((e) => ({ id: e.getAttribute('data-claim-id')!, group: e.closest('[data-group]')!.getAttribute('data-group')! })),
  );
const listedIds = async (p: Page) => (await listed(p)).map((c) => c.id).sort();

/** The claims the feed's tab asserts, as the background holds them (the badge's source). */
async function reportedIds(): Promise<string[]> {
  const key = `tab:${pageTab}`;
  const raw: unknown = await (await session.worker()).evaluate(async (k) => (await chrome.storage.session.get(k))[k] ?? null, key);
  return [...assertedOnPage(tabResultsSchema.parse(raw).claims)].sort();
}

/** Where the mark of `text` is in the page's viewport: 'in view', or its top and bottom. */
const markPlace = (p: Page, text: string) =>
  p.evaluate((text) => {
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('gutcheck-') || name === 'gutcheck-flash') continue;
      for (const r of hl as Highlight) {
        if (!(r as Range).toString().includes(text)) continue;
        const box = (r as Range).getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight ? 'in view' : `top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)} of ${innerHeight}`;
      }
    }
    return 'no mark';
  }, text);

beforeAll(async () => {
  session = await startSession();
  page = await session.open(`/${NAME}.html`);
  await waitForMarks(page, { atLeast: expected.highlights.length });
  pageTab = await session.tabId(page);
  panel = await session.ctx.newPage();
  await panel.goto(`chrome-extension://${session.extId}/sidepanel.html?tabId=${pageTab}`);
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

describe('side panel on a growing feed', () => {
  it('lists the claims the badge counts, each under its verdict, and says how many', async () => {
    await expectBadge(session, page, String(expected.asserted.length));
    await expect.poll(() => listedIds(panel), { timeout: 5000 }).toEqual([...expected.asserted].sort());
    for (const c of await listed(panel)) expect(c.group, c.id).toBe(claimById(c.id).verdict);
    expect(await panel.getByTestId('panel-count').innerText()).toBe(`${expected.asserted.length} claims on 127.0.0.1`);
    const heads = await panel.locator('[data-testid="panel-group"] h2').allInnerTexts();
    expect(heads[0], 'most doubtful verdict first').toMatch(/^(Contradicted|Not supported)/);
  });

  it('follows the feed as posts arrive and a caption expands', async () => {
    const feed = seamPage(page, session.extId!);
    for (const step of expected.steps) {
      await page.bringToFront();
      await act(feed, step);
      // The step's claims appear, and the list is the tab's results as the background holds them
      // (a step may also bring the next posts within the feed's loading distance, so not "exactly").
      const follows = async () => {
        const [ids, reported] = [await listedIds(panel), await reportedIds()];
        return { missing: step.asserted.filter((id) => !ids.includes(id)), sameAsResults: ids.join() === reported.join() };
      };
      await expect.poll(follows, { timeout: 8000, message: `after ${step.action}` }).toEqual({ missing: [], sameAsResults: true });
    }
    expect(await listedIds(panel)).toEqual([...last.asserted].sort());
    await expectBadge(session, page, String(last.asserted.length));
    expect(await panel.getByTestId('panel-count').innerText()).toBe(`${last.asserted.length} claims on 127.0.0.1`);
  });

  it('a click on a passage scrolls the page to its mark and flashes it', async () => {
    const target = last.highlights.at(-1)!; // the last post of the feed, far below the top
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await markPlace(page, target.text as string)).not.toBe('in view');
    await panel.bringToFront();
    const item = panel.locator(`[data-testid="panel-claim"][data-claim-id="${target.claim}"]`);
    await item.getByTestId('panel-passage').first().click();
    await expect.poll(() => markPlace(page, target.text as string), { timeout: 5000 }).toBe('in view');
    const flashed = await page.evaluate(() => [...((CSS.highlights.get('gutcheck-flash') as Highlight | undefined) ?? [])].map((r) => (r as Range).toString()));
    expect(flashed.join(' ')).toContain(target.text);
    expect(await panel.getByTestId('panel-note').innerText()).toBe('');
    await shoot(page, 'side-panel-revealed.png');
  });

  it('search and the verdict filter narrow the list, and say so', async () => {
    const total = (await panel.getByTestId('panel-claim').count());
    await panel.getByLabel('Find in the list').fill('gluten');
    await expect.poll(() => listedIds(panel)).toEqual(['gluten-leaky-gut-everyone']);
    expect(await panel.getByTestId('panel-shown').innerText()).toMatch(new RegExp(`^Showing \\d+ of ${total}$`));
    await panel.getByLabel('Find in the list').fill('');
    await panel.getByLabel('Verdict').selectOption('supported');
    const supported = last.asserted.filter((id) => claimById(id).verdict === 'supported').sort();
    await expect.poll(() => listedIds(panel)).toEqual(supported);
    await panel.getByLabel('Verdict').selectOption('');
    await expect.poll(() => panel.getByTestId('panel-shown').innerText()).toBe('');
  });

  it('opens a claim’s card content with the keyboard, and moves between tabs with the arrow keys', async () => {
    const summary = panel.locator('[data-testid="panel-details"] summary').first();
    await summary.focus();
    await panel.keyboard.press('Enter');
    const details = panel.getByTestId('panel-details').first();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const text = await details.innerText();
    expect(text).toMatch(/Evidence: /);
    expect(text).toContain('What you can do');
    expect(await details.locator('[data-testid="card-sources"] a').count()).toBeGreaterThan(0);
    expect(await details.getByTestId('panel-more').getAttribute('href')).toMatch(/^database\.html#[a-z0-9-]+$/);

    await panel.getByTestId('panel-tab-page').focus();
    await panel.keyboard.press('ArrowRight');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('panel-tab-text');
    expect(await panel.getByTestId('panel-text').isVisible()).toBe(true);
    await panel.keyboard.press('ArrowLeft');
    expect(await panel.getByTestId('panel-tab-page').getAttribute('aria-selected')).toBe('true');
  });

  it('has no serious or critical accessibility violation, and reflows at 390 px', async () => {
    expect(await blockingViolations((s) => panel.evaluate(s))).toEqual([]);
    await panel.setViewportSize({ width: 390, height: 844 });
    const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
    await shoot(panel, 'side-panel-390.png');
    await panel.setViewportSize({ width: 400, height: 800 });
    await shoot(panel, 'side-panel-400x800.png');
    await panel.getByTestId('panel-tab-text').click();
    await panel.getByTestId('panel-text').fill(claimById('zonulin-test-diagnoses').examples.asserts[0]!);
    await panel.getByTestId('panel-check').click();
    await panel.getByTestId('panel-text-count').waitFor();
    expect(await blockingViolations((s) => panel.evaluate(s))).toEqual([]);
    await shoot(panel, 'side-panel-check-text-400x800.png');
    await panel.getByTestId('panel-tab-page').click();
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.locator('[data-testid="panel-details"] summary').nth(1).click();
    expect(await blockingViolations((s) => panel.evaluate(s)), 'dark colour scheme').toEqual([]);
    await shoot(panel, 'side-panel-dark-400x800.png');
    await panel.emulateMedia({ colorScheme: 'light' });
  });
});

describe('quiet and private', () => {
  it('logged no errors', () => {
    expect(session.consoleErrors).toEqual([]);
  });

  it('fetched nothing beyond 127.0.0.1', async () => {
    await expectNoTrafficBeyondLoopback(session);
  });
});
