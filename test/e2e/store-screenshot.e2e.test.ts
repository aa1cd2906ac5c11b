/**
 * The store screenshot (1280x800, the size both stores accept): the demo page with its marks and
 * one evidence card open, in real Chromium with the built extension. Written to
 * store/screenshot-1280x800.png on every run, so the listing shows the extension as it is built;
 * a changed UI shows up as a changed image in `git status`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSession, type Session } from './harness';
import { readCard } from './lib/card';
import { ASSERTED_HIGHLIGHTS, waitForMarks } from './lib/probe';

const SIZE = { width: 1280, height: 800 };
const OUT = resolve('store/screenshot-1280x800.png');

/**
 * A point on the first asserted mark below the page's masthead, with the page scrolled to the
 * top, so the picture shows the page's title, several marks and the card opening under the mark.
 */
function firstMarkBelowMasthead(p: Page): Promise<{ x: number; y: number } | null> {
  return p.evaluate((names) => {
    window.scrollTo(0, 0);
    const boxes = names.flatMap((n) => [...((CSS.highlights.get(n) as Highlight | undefined) ?? [])])
      .flatMap((r) => [...(r as Range).getClientRects()])
      .filter((b) => b.top > 150 && b.width > 20)
      .sort((a, b) => a.top - b.top || a.left - b.left);
    const box = boxes[0];
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  }, ASSERTED_HIGHLIGHTS);
}

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession({ viewport: SIZE });
  page = await session.open('/demo.html');
  await waitForMarks(page, { atLeast: 5 });
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

it('shows marks and an open evidence card at 1280x800 (store/screenshot-1280x800.png)', async () => {
  const at = await firstMarkBelowMasthead(page);
  expect(at, 'a mark below the masthead').not.toBeNull();
  await page.mouse.click(at!.x, at!.y);
  const card = await readCard(page);
  expect(card.sources, 'the card lists its sources').toBeGreaterThan(0);
  await page.mouse.move(0, 0); // no pointer over the page in the picture
  await page.screenshot({ path: OUT, caret: 'initial' });
  const png = readFileSync(OUT);
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SIZE.width, SIZE.height]);
});
