/**
 * The popup's modes on a real page (the demo page): this site off / badge only / back to marks,
 * everywhere off, kept across a reload; and the card's own actions (close, hide on this page,
 * wrong match saved on this device only).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, shoot, startSession, type Session } from './harness';
import { cardOf, closeCard, openCardByPointer } from './lib/card';
import { expectBadge, expectNoTrafficBeyondLoopback, toolbarPopupText, watchStateOf } from './lib/checks';
import { claimFromCardText, loadExpected } from './lib/expected';
import { readMarks, waitForMarks } from './lib/probe';

const NAME = 'demo';
const expected = loadExpected(FIXTURES_DIR, NAME);
const COUNT = String(expected.asserted.length);

let session: Session;
let page: Page;
let popup: Page;

/** Waits until the page holds `n` marks (the content script reacts to storage changes asynchronously). */
async function expectMarkCount(want: (n: number) => boolean, label: string): Promise<void> {
  await expect.poll(async () => want((await readMarks(page)).length), { timeout: 5000, message: label }).toBe(true);
}

const storedSettings = async () =>
  (await session.worker()).evaluate(async () => (await chrome.storage.local.get('gutcheck:settings'))['gutcheck:settings']);

beforeAll(async () => {
  session = await startSession();
  page = await session.open(`/${NAME}.html`);
  await waitForMarks(page, { atLeast: 1 });
  popup = await session.openPopup(page);
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

describe('popup modes', () => {
  it('names this site and counts its claims', async () => {
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 5000 }).toContain(`${COUNT} claims on this page`);
    expect(await popup.locator('label[for="mode-site"]').innerText()).toContain('127.0.0.1');
    await shoot(popup, 'popup.png');
  });

  it('the toolbar’s real popup (no ?tabId=) finds the active tab itself: its site and its claims', async () => {
    const text = await toolbarPopupText(session, page, (t) => t.includes('claims on this page'));
    expect(text).toContain('This site (127.0.0.1)');
    expect(text).toContain(`${COUNT} claims on this page`);
  });

  it('the badge colour says the page asserts doubtful claims (amber-brown, not the green of sound ones)', async () => {
    const tabId = await session.tabId(page);
    const rgba = await (await session.worker()).evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
    expect(rgba.slice(0, 3)).toEqual([0xa0, 0x4a, 0x00]);
  });

  it('this site "off" removes every mark and the badge', async () => {
    await popup.locator('[data-testid="mode-site"]').selectOption('off');
    await expectMarkCount((n) => n === 0, 'marks gone');
    await expectBadge(session, page, '');
    expect(await storedSettings()).toMatchObject({ sites: { '127.0.0.1': 'off' } });
  });

  it('stays off after a reload (stored, not in memory)', async () => {
    // Absence proves nothing until GutCheck has run on the reloaded page and decided: its watch
    // script saying "off" (it reads nothing, and loads no checker) is the positive signal.
    await page.reload();
    await expect.poll(() => watchStateOf(session, page), { timeout: 8000 }).toBe('off');
    await page.waitForTimeout(300);
    expect(await readMarks(page)).toEqual([]);
    await expectBadge(session, page, '');
  });

  it('badge only: the badge counts, nothing is marked, a click opens no card', async () => {
    await popup.locator('[data-testid="mode-site"]').selectOption('badge');
    await expectBadge(session, page, COUNT);
    expect(await readMarks(page)).toEqual([]);
    await page.getByText('Bone broth heals your gut lining').click();
    await page.waitForTimeout(500);
    expect(await cardOf(page).count()).toBe(0);
  });

  it('back to "same as everywhere" marks the page again', async () => {
    await popup.locator('[data-testid="mode-site"]').selectOption('');
    await expectMarkCount((n) => n >= expected.highlights.length, 'marks back');
    await expectBadge(session, page, COUNT);
  });

  it('everywhere "off" removes marks and badge; "marks" brings them back', async () => {
    await popup.locator('[data-testid="mode-global"]').selectOption('off');
    await expectMarkCount((n) => n === 0, 'marks gone (global off)');
    await expectBadge(session, page, '');
    await popup.locator('[data-testid="mode-global"]').selectOption('marks');
    await expectMarkCount((n) => n >= expected.highlights.length, 'marks back (global marks)');
    await expectBadge(session, page, COUNT);
  });
});

describe('card actions', () => {
  it('the close button closes the card', async () => {
    await waitForMarks(page, { atLeast: 1, quietMs: 300 });
    await openCardByPointer(page, 'gutcheck-unsupported', 0);
    await cardOf(page).locator('[data-testid="card-close"]').click();
    await cardOf(page).waitFor({ state: 'hidden', timeout: 3000 });
  });

  it('the card links its sources and shows the evidence level and why it was flagged', async () => {
    const card = await openCardByPointer(page, 'gutcheck-supported', 0);
    expect(card.sources).toBeGreaterThan(0);
    expect(card.evidence ?? '').toMatch(/\w/);
    const hrefs = await cardOf(page).locator('[data-testid="card-sources"] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\/|^https:\/\//);
    expect(await cardOf(page).locator('[data-testid="card-matched"]').innerText()).toMatch(/\w/);
    await closeCard(page);
  });

  it('"Wrong match?" saves the passage on this device only', async () => {
    const card = await openCardByPointer(page, 'gutcheck-unsupported', 0);
    await cardOf(page).locator('[data-testid="card-wrong-match"]').click();
    await cardOf(page).locator('[data-testid="card-report-save"]').click(); // no note: it is optional
    await expect.poll(() => cardOf(page).locator('[data-testid="card-wrong-match"]').innerText()).toContain('Saved');
    const reports = await (await session.worker()).evaluate(async () => (await chrome.storage.local.get('gutcheck:reports'))['gutcheck:reports']);
    const claim = claimFromCardText(card.claim);
    expect(reports).toEqual([{ claimId: claim?.id, verdict: claim?.verdict, url: page.url(), passage: expect.any(String), date: expect.any(String) }]);
    await closeCard(page);
  });

  it('"Hide on this page" removes that claim’s marks and keeps the others', async () => {
    const before = await readMarks(page);
    const hidden = before.find((m) => m.name === 'gutcheck-unsupported')!;
    const card = await openCardByPointer(page, 'gutcheck-unsupported', 0);
    await cardOf(page).locator('[data-testid="card-dismiss"]').click();
    await cardOf(page).waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
    await expectMarkCount((n) => n === before.length - 1, `one mark fewer after hiding "${card.claim}"`);
    expect((await readMarks(page)).map((m) => m.text)).not.toContain(hidden.text);
  });

  it('damaged stored settings: the popup says so in a short note, keeps the readable parts, and the page still works', async () => {
    await (await session.worker()).evaluate(async () => {
      await chrome.storage.local.set({ 'gutcheck:settings': { version: 1, mode: 'loud', sites: { '127.0.0.1': 'badge' } } });
    });
    const fresh = await session.openPopup(page);
    const note = fresh.locator('[data-testid="settings-note"]');
    await note.waitFor({ timeout: 5000 });
    expect(await note.innerText()).toMatch(/damaged.*parts that could be read are kept/);
    expect(await note.getAttribute('role')).toBe('status');
    expect(await fresh.locator('[data-testid="mode-site"]').inputValue()).toBe('badge');
    expect(await fresh.locator('[data-testid="mode-global"]').inputValue()).toBe('marks');
    await shoot(fresh, 'popup-damaged-settings.png');
    await fresh.selectOption('[data-testid="mode-site"]', '');
    await expect.poll(() => storedSettings()).toMatchObject({ version: 2, mode: 'marks', sites: {} });
    await fresh.close();
    await expectMarkCount((n) => n > 0, 'marks back once the repaired settings were saved');
  });

  it('logs no console errors', () => {
    expect(session.consoleErrors).toEqual([]);
  });

  it('sends no request beyond 127.0.0.1 (Playwright log and Chromium net-log)', async () => {
    await expectNoTrafficBeyondLoopback(session);
  });
});
