/**
 * Once a page is marked, GutCheck stays out of the way: the screen-reader path (a polite live
 * region with the count, Alt+Shift+N moving focus into the card and Escape handing it back) and
 * an idle page that costs nothing, not even in reaction to GutCheck's own changes (its style, its
 * shadow host, the card, the live region). Work is watched from outside (test/e2e/lib/work-probe.ts):
 * text read and marks painted in the content script's world, and a CPU profile.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, startSession, type Session } from './harness';
import { cardOf, closeCard, readCard } from './lib/card';
import { focusInPage } from './lib/seam-card';
import { expectBadge } from './lib/checks';
import { claimById, loadExpected } from './lib/expected';
import { waitForMarks } from './lib/probe';
import { probeContentScript, type WorkProbe } from './lib/work-probe';
import { verdictWords } from '../../claims/words';

const NAME = 'blog-long';
const expected = loadExpected(FIXTURES_DIR, NAME);
const COUNT = expected.asserted.length;

let session: Session;
let page: Page;
let probe: WorkProbe;

/** Where focus is, through our open shadow root (see focusInPage). */
const focusPath = (p: Page) => p.evaluate(focusInPage);

beforeAll(async () => {
  session = await startSession();
  page = await session.open(`/${NAME}.html`);
  await waitForMarks(page, { atLeast: expected.highlights.length });
  probe = await probeContentScript(page, session.extId!);
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

describe('screen readers', () => {
  it('a polite live region says how many claims the page makes', async () => {
    await expectBadge(session, page, String(COUNT));
    const live = page.locator('gutcheck-ui [data-testid="gutcheck-live"]');
    await expect.poll(() => live.textContent(), { timeout: 5000 }).toBe(`${COUNT} claims on this page: open the GutCheck panel to list them`);
    expect(await live.getAttribute('role')).toBe('status');
    expect(await live.getAttribute('aria-live')).toBe('polite');
  });

  it('Alt+Shift+N moves focus into the card, named by its verdict; Escape gives focus back', async () => {
    const link = page.locator('.entry-meta a');
    await link.focus();
    const before = await focusPath(page);
    expect(before.path, 'focus starts on a link of the page').toEqual(['a']);

    await page.keyboard.press('Alt+Shift+N');
    const card = await readCard(page);
    await expect.poll(() => focusPath(page), { message: 'focus inside the card, through our shadow root' }).toMatchObject({
      path: ['gutcheck-ui', expect.any(String)],
      inCard: true,
    });
    const label = await cardOf(page).getAttribute('aria-label');
    const verdict = expected.asserted.map(claimById).find((c) => label === `GutCheck: ${verdictWords(c.verdict)} claim`);
    expect(verdict, `card label "${label}" names a verdict of the page's claims`).toBeDefined();
    expect(card.verdict).toBe(label!.replace(/^GutCheck: | claim$/g, ''));
    expect(await cardOf(page).getAttribute('role')).toBe('dialog');
    const step = await cardOf(page).locator('[data-testid="card-step"]').innerText();
    expect(step).toMatch(/^Claim 1 of (\d+) · Alt\+Shift\+N next, Alt\+Shift\+P previous, Esc closes$/);
    const total = step.match(/of (\d+)/)![1];
    const live = page.locator('gutcheck-ui [data-testid="gutcheck-live"]');
    await expect.poll(() => live.textContent()).toBe(`Claim 1 of ${total}: ${card.verdict}`);

    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await focusPath(page)).inCard, { message: 'focus follows to the next card' }).toBe(true);

    await page.keyboard.press('Escape');
    await cardOf(page).waitFor({ state: 'hidden', timeout: 3000 });
    expect((await focusPath(page)).path, 'focus back on the link').toEqual(['a']);
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
  });
});

describe('an idle page', () => {
  it('GutCheck’s own changes (the card opening and closing, focus moving) start no scan', async () => {
    await probe.reset();
    await probe.rememberRanges();
    await page.keyboard.press('Alt+Shift+N');
    await readCard(page);
    await page.keyboard.press('Alt+Shift+N');
    await page.waitForTimeout(200);
    await closeCard(page);
    await page.waitForTimeout(800);
    const work = await probe.counts();
    expect({ reads: work.reads, added: work.marksAdded, removed: work.marksRemoved }, 'text nodes read, marks painted or removed').toEqual({
      reads: 0,
      added: 0,
      removed: 0,
    });
    const kept = await probe.rangesKept();
    expect(kept.kept, 'marks kept as the same Range').toBe(kept.remembered);
  });

  it('costs nothing once marked: no GutCheck code runs for 2 s and every mark stays the same Range', async () => {
    await page.mouse.move(0, 0); // the pointer rests outside the page's text
    await page.waitForTimeout(300);
    await probe.reset();
    await probe.rememberRanges();
    expect(await probe.extensionSamples(2000), 'CPU samples in the extension’s scripts').toBe(0);
    const kept = await probe.rangesKept();
    expect(kept, 'marks unchanged').toEqual({ kept: kept.remembered, remembered: kept.now, now: kept.now });
    expect(kept.now).toBeGreaterThanOrEqual(expected.highlights.length);
    const work = await probe.counts();
    expect({ reads: work.reads, timers: work.timers }, 'text nodes read, callbacks scheduled').toEqual({ reads: 0, timers: 0 });
  });

  it('wakes for a real change: a new section is read and marked, and the badge grows', async () => {
    await probe.reset();
    await probe.startProfile();
    await page.evaluate(() => {
      const letters = document.createElement('section');
      for (let i = 1; i <= 30; i++) {
        const p = document.createElement('p');
        p.textContent = `Letter ${i}: thank you for the lentil soup recipe, we made it on a cold evening and the children asked for seconds, which never happens in our house.`;
        letters.append(p);
      }
      const p = document.createElement('p');
      p.textContent = 'Update from a reader: zinc carnosine repairs a damaged gut lining in just a few weeks.';
      letters.append(p);
      document.querySelector('.entry-content')!.append(letters);
    });
    await page.waitForTimeout(1000);
    const samples = await probe.stopProfile();
    expect(samples, 'the profiler sees the extension work').toBeGreaterThan(0);
    await expectBadge(session, page, String(COUNT + 1));
    // The live region changes after a pause: that change of GutCheck's own must start no scan either.
    const live = page.locator('gutcheck-ui [data-testid="gutcheck-live"]');
    await expect.poll(() => live.textContent(), { timeout: 5000 }).toBe(`${COUNT + 1} claims on this page: open the GutCheck panel to list them`);
    await page.waitForTimeout(300);
    const work = await probe.counts(['.entry-content > section:last-child']);
    expect(work.readsWithin['.entry-content > section:last-child'], 'the new section was read').toBeGreaterThan(0);
    expect(work.reads, 'text read beyond the new section').toBe(work.readsWithin['.entry-content > section:last-child']);
    expect(work.marksAdded, 'marks painted').toBe(1);
  });

  it('a ticker changing its text 60 times a second is read about once a second, not at every change', async () => {
    await page.evaluate(() => {
      const ticker = document.createElement('p');
      ticker.id = 'ticker';
      ticker.textContent = 'Markets: 0';
      document.querySelector('.entry-content')!.append(ticker);
      // The same text node throughout (its data changes), so every read of it counts as within
      // #ticker: the probe attributes reads to the nodes inside the selector when it counts.
      const text = ticker.firstChild as Text;
      let n = 0;
      const tick = () => {
        text.data = `Markets: ${++n} points up, ${(n * 7) % 100} down`;
        if (n < 180) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.waitForTimeout(200);
    await probe.reset();
    await page.waitForTimeout(3000);
    const work = await probe.counts(['#ticker']);
    expect(work.readsWithin['#ticker'], 'the ticker was read at least once (GutCheck is awake)').toBeGreaterThan(0);
    // About 180 changes in these 3 s; a busy unit is read at most once per second (it was read
    // about 12 times, with the whole article around it: 166 text nodes).
    expect(work.readsWithin['#ticker'], 'ticker reads in 3 s').toBeLessThanOrEqual(4);
    expect(work.reads, 'text nodes read in 3 s').toBeLessThanOrEqual(4 * 20);
  });

  it('logs no console errors', () => {
    expect(session.consoleErrors).toEqual([]);
  });
});
