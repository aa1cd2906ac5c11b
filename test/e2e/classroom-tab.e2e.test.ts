/**
 * Classroom mode in real Chromium, part 3: the popup's Classroom section (axe-core on the popup),
 * "Present this page" on a golden page, stepped through to its last claim, and the presenter's
 * word when a tab has no results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shoot, startSession, type Session } from './harness';
import { expectNoTrafficBeyondLoopback } from './lib/checks';
import { claimByStatement, presenterCount as count, totalOf } from './lib/classroom';
import { blockingOn } from './lib/axe';
import { FIXTURES_DIR, loadExpected } from './lib/expected';
import { waitForMarks } from './lib/probe';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

describe('presenter for a real page, from the popup', () => {
  it("steps through the page's claims; the ones it makes are the golden page's", async () => {
    const page = await session.open('/supplement-shop.html');
    await waitForMarks(page, { atLeast: 1 });
    const tabId = await session.tabId(page);
    const popup = await session.openPopup(page);
    await expect.poll(() => popup.getByTestId('present-page').isEnabled()).toBe(true);
    expect(await blockingOn(popup)).toEqual([]);
    await shoot(popup, 'classroom-popup.png');
    const opened = session.ctx.waitForEvent('page');
    await popup.getByTestId('present-page').click();
    const p = await opened;
    await p.waitForURL(`**/presenter.html?tab=${tabId}`);
    const total = totalOf(await count(p));
    // Every claim the page makes, and any it only mentions or disputes.
    const expected = loadExpected(FIXTURES_DIR, 'supplement-shop');
    expect(total).toBeGreaterThanOrEqual(expected.asserted.length);
    // The page's own title: the host permissions (for loading the checker) let the browser tell it.
    expect(await p.locator('.presenting').innerText()).toBe(`Presenting: ${await page.title()}`);

    const made = new Set<string>();
    for (let n = 1; n <= total; n++) {
      expect(await count(p)).toBe(`Claim ${n} of ${total}`);
      const stance = await p.locator('.slide .stance').innerText();
      expect((await p.getByTestId('presenter-passage').innerText()).length).toBeGreaterThan(0);
      await p.getByTestId('guess-reveal').click();
      const claim = claimByStatement(await p.locator('.claim-statement').innerText());
      expect(claim).toBeDefined();
      if (stance === 'The page makes this claim:') made.add(claim!.id);
      if (n === 1) await shoot(p, 'classroom-presenter-tab.png');
      await p.keyboard.press('ArrowRight');
    }
    expect([...made].sort()).toEqual([...expected.asserted].sort());
    expect(await blockingOn(p)).toEqual([]);
    await Promise.all([p.close(), popup.close(), page.close()]);
  });

  it('the popup opens the demo page', async () => {
    const page = await session.open('/hard-negative.html');
    const popup = await session.openPopup(page);
    const opened = session.ctx.waitForEvent('page');
    await popup.getByTestId('open-demo').click();
    const demo = await opened;
    await demo.waitForURL(/\/demo\.html$/);
    expect(await demo.getByTestId('demo-post').count()).toBe(6);
  });

  it('offers "Present this page" only where GutCheck runs', async () => {
    const page = await session.openBaseline('hard-negative.html');
    const popup = await session.openPopup(page);
    await expect.poll(() => popup.getByTestId('present-page').isDisabled()).toBe(true);
    await expect.poll(() => popup.getByTestId('open-demo').isEnabled()).toBe(true);
    await Promise.all([popup.close(), page.close()]);
  });

  it('says so when the tab has no results', async () => {
    const p = await session.ctx.newPage();
    await p.goto(`chrome-extension://${session.extId}/presenter.html?tab=999999`);
    expect(await p.getByTestId('presenter-empty').innerText()).toMatch(/^GutCheck has nothing for this tab yet/);
    expect(await blockingOn(p)).toEqual([]);
  });

  it('fetched nothing and logged no errors', async () => {
    expect(session.consoleErrors).toEqual([]);
    await expectNoTrafficBeyondLoopback(session);
  });
});
