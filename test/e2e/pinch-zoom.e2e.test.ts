/**
 * A phone-sized page pinch-zoomed to 2x (Chromium only: CDP can set the page scale, and no driver
 * here pinch-zooms Firefox desktop): stepping to a claim puts the passage and the whole card,
 * close button included, inside the visual viewport, not against the unzoomed page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shoot, startSession, type Session } from './harness';
import { expectNoTrafficBeyondLoopback } from './lib/checks';
import { waitForMarks } from './lib/probe';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  page = await session.open('/hostile/long.html');
  await page.setViewportSize({ width: 390, height: 700 });
  await waitForMarks(page, { atLeast: 1 });
  const cdp = await session.ctx.newCDPSession(page);
  await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
  await cdp.detach();
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

it('puts the passage and the whole card inside the zoomed-in visual viewport', async () => {
  expect(await page.evaluate(() => visualViewport!.scale), 'the page is pinch-zoomed').toBe(2);
  await page.keyboard.press('Alt+Shift+KeyN');
  await page.locator('gutcheck-ui [data-testid="gutcheck-card"]').waitFor();
  await page.waitForTimeout(400); // the passage is scrolled into view smoothly unless motion is reduced
  const seen = await page.evaluate(() => {
    const root = document.querySelector('gutcheck-ui')!.shadowRoot!;
    const box = (el: Element | Range) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    let mark: Range | null = null;
    for (const [name, hl] of CSS.highlights) if (name.startsWith('gutcheck-')) for (const r of hl as Highlight) mark = r as Range;
    const v = visualViewport!;
    return {
      card: box(root.querySelector('[data-testid="gutcheck-card"]')!),
      close: box(root.querySelector('[data-testid="card-close"]')!),
      mark: mark ? box(mark) : null,
      view: { left: v.offsetLeft, top: v.offsetTop, right: v.offsetLeft + v.width, bottom: v.offsetTop + v.height },
    };
  });
  await shoot(page, 'pinch-zoom-card.png');
  const inside = (r: { left: number; top: number; right: number; bottom: number }) =>
    r.left >= seen.view.left - 1 && r.top >= seen.view.top - 1 && r.right <= seen.view.right + 1 && r.bottom <= seen.view.bottom + 1;
  expect(seen.view.right - seen.view.left, 'half the layout width is visible').toBeCloseTo(195, 0);
  expect(inside(seen.card), `card ${JSON.stringify(seen.card)} in view ${JSON.stringify(seen.view)}`).toBe(true);
  expect(inside(seen.close), 'close button in view').toBe(true);
  expect(seen.mark && seen.mark.top >= seen.view.top && seen.mark.top < seen.view.bottom, 'the passage starts in view').toBe(true);
});

it('logs no console errors and sends nothing beyond 127.0.0.1', async () => {
  expect(session.consoleErrors).toEqual([]);
  await expectNoTrafficBeyondLoopback(session);
});
