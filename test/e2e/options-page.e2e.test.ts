/**
 * The options page in real Chromium: opened from the popup, set as a person would (a paused site,
 * "well supported" unticked, underline only, larger card text), honoured at once by an open page,
 * kept across a browser restart with the same profile, and the wrong-match reports made in a card
 * listed, exported (the downloaded file's JSON) and deleted. axe-core on the options page and on a
 * page with an open card; screenshots at 1280 and 390 px.
 *
 * The paused site is "localhost": the same loopback server reached by another host name, so one
 * server gives a paused site and a marked one.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, shoot, startSession, type Session } from './harness';
import { blockingOn } from './lib/axe';
import { cardOf, closeCard, openCardByPointer } from './lib/card';
import { expectBadge, watchStateOf } from './lib/checks';
import { claimFromCardText, loadExpected } from './lib/expected';
import { readMarks, waitForMarks } from './lib/probe';

const expected = loadExpected(FIXTURES_DIR, 'demo');
const COUNT = String(expected.asserted.length);
const profileDir = mkdtempSync(join(tmpdir(), 'gutcheck-options-profile-'));

let session: Session;
let page: Page;
let options: Page;

const stored = async (key: string): Promise<unknown> =>
  (await session.worker()).evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
const openOptions = async (): Promise<Page> => {
  const p = await session.ctx.newPage();
  await p.goto(`chrome-extension://${session.extId}/options.html`);
  await p.getByRole('heading', { name: 'GutCheck options' }).waitFor();
  return p;
};
const markNames = async (p: Page) => new Set((await readMarks(p)).map((m) => m.name));
/** What left the machine: only the loopback server, under either of its names. */
async function expectOnlyLoopback(s: Session): Promise<void> {
  const report = await s.close();
  const localhost = s.server.origin.replace('127.0.0.1', 'localhost');
  expect(report.leaks.filter((u) => !u.startsWith(`${localhost}/`))).toEqual([]);
  expect(report.netLogHosts.filter((h) => h !== '127.0.0.1' && h !== 'localhost')).toEqual([]);
}

beforeAll(async () => {
  session = await startSession({ profileDir });
  page = await session.open('/demo.html');
  await waitForMarks(page, { atLeast: expected.highlights.length });
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

describe('before the restart', () => {
  it('opens from the popup’s "Options" link', async () => {
    const popup = await session.openPopup(page);
    const [opened] = await Promise.all([session.ctx.waitForEvent('page'), popup.getByTestId('open-options').click()]);
    await opened.getByRole('heading', { name: 'GutCheck options' }).waitFor();
    expect(opened.url()).toBe(`chrome-extension://${session.extId}/options.html`);
    await popup.close();
    options = opened;
  });

  it('shows the defaults, passes axe-core, and reflows at 390 px', async () => {
    expect(await options.getByTestId('mode-everywhere').inputValue()).toBe('marks');
    expect(await options.getByTestId('sites-empty').isVisible()).toBe(true);
    for (const v of ['supported', 'mixed', 'overstated', 'unsupported', 'contradicted']) expect(await options.getByTestId(`verdict-${v}`).isChecked()).toBe(true);
    expect(await options.getByRole('radio', { name: 'Underline and a light tint behind the words' }).isChecked()).toBe(true);
    expect(await options.getByRole('radio', { name: 'Normal' }).isChecked()).toBe(true);
    expect(await options.getByRole('radio', { name: 'Follow my system setting' }).isChecked()).toBe(true);
    expect(await options.getByTestId('reports-empty').innerText()).toBe('No reports saved.');
    expect(await blockingOn(options)).toEqual([]);
    await shoot(options, 'options-1280.png', true);
    await options.setViewportSize({ width: 390, height: 844 });
    const overflow = await options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
    await shoot(options, 'options-390.png', true);
    await options.setViewportSize({ width: 1280, height: 900 });
  });

  it('adds a paused site from a pasted address, and says so when the text is no address', async () => {
    await options.getByTestId('add-site').fill('not a site!');
    await options.getByTestId('add-site-button').click();
    expect(await options.getByTestId('add-site-error').innerText()).toMatch(/does not look like a site address/);
    expect(await options.getByTestId('add-site').getAttribute('aria-invalid')).toBe('true');
    await options.getByTestId('add-site').fill(`${session.server.origin.replace('127.0.0.1', 'localhost')}/demo.html`);
    expect(await options.getByTestId('add-site-mode').inputValue(), 'a new site is paused unless chosen otherwise').toBe('off');
    await options.getByTestId('add-site-button').click();
    const row = options.locator('[data-testid="site"][data-host="localhost"]');
    expect(await row.getByRole('combobox').inputValue()).toBe('off');
    expect(await options.getByTestId('sites-status').innerText()).toBe('localhost added.');
    expect(await options.getByTestId('add-site-error').count()).toBe(0);
  });

  it('changes and removes a site’s own setting', async () => {
    await options.getByTestId('add-site').fill('news.example');
    await options.getByTestId('add-site-mode').selectOption('badge');
    await options.getByTestId('add-site-button').click();
    const row = options.locator('[data-testid="site"][data-host="news.example"]');
    await row.getByRole('combobox').selectOption('marks');
    await expect.poll(() => stored('gutcheck:settings')).toMatchObject({ sites: { localhost: 'off', 'news.example': 'marks' } });
    await row.getByRole('button', { name: /^Remove news\.example/ }).click();
    await expect.poll(() => stored('gutcheck:settings')).toMatchObject({ sites: { localhost: 'off' } });
    expect(await options.locator('[data-testid="site"]').count()).toBe(1);
  });

  it('unticks "Well supported", picks underline only and larger card text: all stored at once, in the v2 shape', async () => {
    await options.getByTestId('verdict-supported').uncheck();
    await options.getByRole('radio', { name: 'Underline only' }).check();
    await options.getByRole('radio', { name: 'Larger' }).check();
    await expect.poll(() => stored('gutcheck:settings')).toEqual({
      version: 2,
      mode: 'marks',
      sites: { localhost: 'off' },
      unmarked: ['supported'],
      highlight: 'underline',
      cardText: 'larger',
      motion: 'system',
    });
  });

  it('the open page follows at once: well-supported claims lose their marks, doubtful ones keep theirs, no tint', async () => {
    await expect.poll(() => markNames(page), { timeout: 5000 }).not.toContain('gutcheck-supported');
    const names = await markNames(page);
    expect(names).toContain('gutcheck-unsupported');
    expect(names).toContain('gutcheck-overstated');
    const css = await page.evaluate(() => document.querySelector('style[data-gutcheck-ui]')?.textContent ?? '');
    expect(css).toContain('::highlight(gutcheck-unsupported) { text-decoration: underline wavy');
    expect(css).not.toContain('background-color');
    await expectBadge(session, page, COUNT); // the badge still counts every claim the page makes
  });

  it('closes the browser with nothing sent beyond the loopback server', async () => {
    expect(session.consoleErrors).toEqual([]);
    await expectOnlyLoopback(session);
  });
});

describe('after restarting the browser with the same profile', () => {
  beforeAll(async () => {
    session = await startSession({ profileDir });
    options = await openOptions();
  });

  it('the options page shows every choice kept', async () => {
    expect(await options.locator('[data-testid="site"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-host')))).toEqual(['localhost']);
    expect(await options.locator('[data-host="localhost"]').getByRole('combobox').inputValue()).toBe('off');
    expect(await options.getByTestId('verdict-supported').isChecked()).toBe(false);
    expect(await options.getByTestId('verdict-unsupported').isChecked()).toBe(true);
    expect(await options.getByRole('radio', { name: 'Underline only' }).isChecked()).toBe(true);
    expect(await options.getByRole('radio', { name: 'Larger' }).isChecked()).toBe(true);
  });

  it('the paused site gets no marks at all', async () => {
    const paused = await session.ctx.newPage();
    await paused.goto(`${session.server.origin.replace('127.0.0.1', 'localhost')}/demo.html`);
    // Absence proves nothing until GutCheck decided: its watch script saying "off" is the signal.
    await expect.poll(() => watchStateOf(session, paused), { timeout: 8000 }).toBe('off');
    await paused.waitForTimeout(300);
    expect(await readMarks(paused)).toEqual([]);
    expect(await paused.locator('gutcheck-ui').count()).toBe(0);
    await paused.close();
  });

  it('on another site only the ticked verdicts are marked, and the card is in larger text', async () => {
    page = await session.open('/demo.html');
    const marks = await waitForMarks(page, { atLeast: 1 });
    const names = new Set(marks.map((m) => m.name));
    expect(names).not.toContain('gutcheck-supported');
    expect(names).toContain('gutcheck-unsupported');
    await expectBadge(session, page, COUNT);
    await openCardByPointer(page, 'gutcheck-unsupported', 0);
    const size = await cardOf(page).evaluate((card) => getComputedStyle(card).fontSize);
    expect(size).toBe(`${14 * 1.45}px`);
    await shoot(page, 'options-card-larger.png');
    await closeCard(page);
  });

  it('a card’s "Wrong match?" takes a note and saves claim, verdict and note; axe-core finds nothing serious with the form open', async () => {
    const card = await openCardByPointer(page, 'gutcheck-unsupported', 0);
    await cardOf(page).getByTestId('card-wrong-match').click();
    const note = cardOf(page).getByTestId('card-report-note');
    await note.fill('A soup recipe, not a health claim.');
    expect(await blockingOn(page)).toEqual([]);
    await shoot(page, 'options-card-report-form.png');
    await cardOf(page).getByTestId('card-report-save').click();
    await expect.poll(() => cardOf(page).getByTestId('card-wrong-match').innerText()).toBe('Saved on this device');
    const claim = claimFromCardText(card.claim)!;
    expect(await stored('gutcheck:reports')).toEqual([
      { url: page.url(), passage: expect.any(String), claimId: claim.id, verdict: claim.verdict, note: 'A soup recipe, not a health claim.', date: expect.any(String) },
    ]);
    await closeCard(page);
    await openCardByPointer(page, 'gutcheck-overstated', 0);
    await cardOf(page).getByTestId('card-wrong-match').click();
    await cardOf(page).getByTestId('card-report-save').click();
    await expect.poll(() => cardOf(page).getByTestId('card-wrong-match').innerText()).toBe('Saved on this device');
    await closeCard(page);
  });

  it('the options page lists the reports as they are made, newest first, and passes axe-core', async () => {
    await options.bringToFront(); // a tab in the background gets few animation frames (Playwright waits for two)
    const reports = options.getByTestId('report');
    await expect.poll(() => reports.count()).toBe(2);
    expect(await reports.nth(0).getByTestId('report-note').count(), 'newest (no note) first').toBe(0);
    expect(await reports.nth(1).getByTestId('report-note').innerText()).toBe('A soup recipe, not a health claim.');
    expect(await reports.nth(1).innerText()).toContain('Not supported');
    expect(await blockingOn(options)).toEqual([]);
    await shoot(options, 'options-reports-1280.png', true);
  });

  it('exports the reports as a JSON file saved on the device', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-reports').click()]);
    expect(download.suggestedFilename()).toBe('gutcheck-wrong-matches.json');
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as unknown;
    expect(file).toEqual(await stored('gutcheck:reports'));
    expect(file).toEqual([
      expect.objectContaining({ verdict: 'unsupported', note: 'A soup recipe, not a health claim.', url: page.url() }),
      expect.objectContaining({ verdict: 'overstated', url: page.url() }),
    ]);
    expect(await options.getByTestId('reports-status').innerText()).toBe('Saved 2 reports as gutcheck-wrong-matches.json.');
  });

  it('deletes one report, then all of them after asking once more', async () => {
    await options.getByTestId('report').nth(1).getByTestId('delete-report').click();
    await expect.poll(() => options.getByTestId('report').count()).toBe(1);
    expect(await stored('gutcheck:reports')).toEqual([expect.objectContaining({ verdict: 'overstated' })]);
    expect(await options.getByTestId('reports-status').innerText()).toBe('Report deleted.');
    await options.getByTestId('delete-all').click();
    expect(await options.getByTestId('confirm-delete-all').innerText()).toContain('Delete all 1 report? This cannot be undone.');
    await options.getByTestId('confirm-no').click();
    expect(await options.getByTestId('report').count(), '"Keep them" keeps them').toBe(1);
    await options.getByTestId('delete-all').click();
    await options.getByTestId('confirm-yes').click();
    await options.getByTestId('reports-empty').waitFor();
    expect(await stored('gutcheck:reports')).toBeUndefined();
  });

  it('"Always reduce motion" stops the database page’s smooth scrolling, live', async () => {
    const db = await session.ctx.newPage();
    await db.goto(`chrome-extension://${session.extId}/database.html`);
    const behaviour = () => db.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    await expect.poll(behaviour).toBe('smooth'); // headless Chromium asks for no reduced motion
    await options.getByRole('radio', { name: 'Always reduce motion' }).check();
    await expect.poll(behaviour).toBe('auto');
    await db.close();
  });

  it('logs no console errors and sends nothing beyond the loopback server', async () => {
    expect(session.consoleErrors).toEqual([]);
    await expectOnlyLoopback(session);
  });
});
