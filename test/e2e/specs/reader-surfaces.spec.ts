/**
 * What a reader touches, for any browser behind the seam: a card opened by click and by keyboard
 * (Alt+Shift+N, focus into the card and back with Escape), the toolbar badge, and the popup
 * (extension page bound to the tab) with the page's count and its modes: this site off, badge
 * only, back to marks, everywhere off and on, kept across a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verdictWords } from '../../../claims/words';
import { pollFor, sleep, type E2EBrowser, type E2EPage, type LaunchE2E } from '../lib/browser-seam';
import { expectHighlights } from '../lib/checks';
import { claimById, claimFromCardText, FIXTURES_DIR, loadExpected } from '../lib/expected';
import { closeCard, focusInPage, openCardByPointer, peekCard, readCard } from '../lib/seam-card';
import { expectBadge, expectMarkCount, itLeavesNoTrace, readMarks, waitForMarks } from '../lib/seam-checks';

const demo = loadExpected(FIXTURES_DIR, 'demo');
const COUNT = String(demo.asserted.length);
const blog = loadExpected(FIXTURES_DIR, 'blog-long');

const bodyText = (p: E2EPage): Promise<string> => p.evaluate(() => document.body.innerText, undefined);

export function describeReaderSurfaces(launch: LaunchE2E): void {
  let browser: E2EBrowser;
  let page: E2EPage;
  beforeAll(async () => {
    browser = await launch();
    page = await browser.open('/demo.html');
    expectHighlights(demo, await waitForMarks(page, { atLeast: demo.highlights.length }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('card and badge', () => {
    it('a click on a marked passage opens its card: verdict in words, the claim, evidence and sources', async () => {
      const card = await openCardByPointer(page, 'gutcheck-unsupported', 0);
      const claim = claimFromCardText(card.claim);
      expect(claim?.verdict).toBe('unsupported');
      expect(card.verdict).toBe(verdictWords('unsupported'));
      expect(card.evidence ?? '').toMatch(/\w/);
      expect(card.sources).toBeGreaterThan(0);
      expect(card.role).toBe('dialog');
      await page.screenshot(`${browser.name}-card.png`);
      await closeCard(page);
    });

    it('the toolbar badge counts the page’s asserted claims', async () => {
      await expectBadge(browser, page, COUNT);
    });
  });

  describe('keyboard', () => {
    let blogPage: E2EPage;
    beforeAll(async () => {
      blogPage = await browser.open('/blog-long.html');
      await waitForMarks(blogPage, { atLeast: blog.highlights.length });
    });
    afterAll(async () => {
      await blogPage?.close();
    });

    it('Alt+Shift+N moves focus into a card named by its verdict, again to the next; Escape gives focus back', async () => {
      await blogPage.evaluate(() => document.querySelector<HTMLElement>('.entry-meta a')?.focus(), undefined);
      expect((await blogPage.evaluate(focusInPage, undefined)).path, 'focus starts on a link of the page').toEqual(['a']);

      await blogPage.press('Alt+Shift+KeyN');
      const card = await readCard(blogPage);
      const focus = await pollFor(() => blogPage.evaluate(focusInPage, undefined), (f) => f.inCard, 3000, 50);
      expect(focus, 'focus inside the card, through our shadow root').toMatchObject({ path: ['gutcheck-ui', expect.any(String)], inCard: true });
      const named = blog.asserted.map(claimById).some((c) => card.label === `GutCheck: ${verdictWords(c.verdict)} claim`);
      expect(named, `card label "${card.label}" names a verdict of the page's claims`).toBe(true);
      expect(card.verdict).toBe(card.label!.replace(/^GutCheck: | claim$/g, ''));

      await blogPage.press('Alt+Shift+KeyN');
      // Two passages may make the same claim, so "next" is told apart by the passage ("why flagged").
      const next = await pollFor(() => peekCard(blogPage), (c) => c !== null && c.matched !== card.matched, 3000, 50);
      expect(next?.matched, 'the next card is about another passage').not.toBe(card.matched);
      expect((await blogPage.evaluate(focusInPage, undefined)).inCard, 'focus follows to the next card').toBe(true);

      await blogPage.press('Escape');
      expect(await pollFor(() => peekCard(blogPage), (c) => c === null, 3000, 50), 'card closed').toBeNull();
      expect((await blogPage.evaluate(focusInPage, undefined)).path, 'focus back on the link').toEqual(['a']);
    });
  });

  describe('popup', () => {
    let popup: E2EPage;
    beforeAll(async () => {
      popup = await browser.openPopup(page);
    });

    it('names this site and counts its claims', async () => {
      const text = await pollFor(() => bodyText(popup), (t) => t.includes('claims on this page'), 5000);
      expect(text).toContain(`${COUNT} claims on this page`);
      expect(text).toContain('This site (127.0.0.1)');
      await popup.screenshot(`${browser.name}-popup.png`);
    });

    it('this site "off" removes every mark and the badge', async () => {
      await popup.select('[data-testid="mode-site"]', 'off');
      await expectMarkCount(page, (n) => n === 0, 'marks gone');
      await expectBadge(browser, page, '');
    });

    it('stays off after a reload (stored, not in memory)', async () => {
      await page.reload();
      // Absence proves nothing until GutCheck has run on the reloaded page and decided.
      expect(await pollFor(() => browser.watchState(page), (s) => s === 'off', 8000)).toBe('off');
      await sleep(300);
      expect(await readMarks(page)).toEqual([]);
      await expectBadge(browser, page, '');
    });

    it('badge only: the badge counts, nothing is marked, a click opens no card', async () => {
      await popup.select('[data-testid="mode-site"]', 'badge');
      await expectBadge(browser, page, COUNT);
      expect(await readMarks(page)).toEqual([]);
      const at = await page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('Bone broth heals your gut lining'));
        const box = p?.getClientRects()[0];
        return box ? { x: box.left + 20, y: box.top + box.height / 2 } : null;
      }, undefined);
      expect(at).not.toBeNull();
      await page.click(at!.x, at!.y);
      await sleep(500);
      expect(await peekCard(page)).toBeNull();
    });

    it('back to "same as everywhere" marks the page again', async () => {
      await popup.select('[data-testid="mode-site"]', '');
      await expectMarkCount(page, (n) => n >= demo.highlights.length, 'marks back');
      await expectBadge(browser, page, COUNT);
    });

    it('everywhere "off" removes marks and badge; "marks" brings them back', async () => {
      await popup.select('[data-testid="mode-global"]', 'off');
      await expectMarkCount(page, (n) => n === 0, 'marks gone (global off)');
      await expectBadge(browser, page, '');
      await popup.select('[data-testid="mode-global"]', 'marks');
      await expectMarkCount(page, (n) => n >= demo.highlights.length, 'marks back (global marks)');
      await expectBadge(browser, page, COUNT);
    });
  });

  describe('errors and network', () => {
    itLeavesNoTrace(() => browser);
  });
}
