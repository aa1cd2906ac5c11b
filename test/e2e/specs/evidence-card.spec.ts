/**
 * The shorter evidence card, for any browser behind the seam: what the reader sees at once
 * (verdict, meter, claim and what the research says inside the card's first view, what to do
 * starting there; why it was flagged, the link and the actions drawn below it), what waits
 * behind "Details and sources" (nuance, sources, review date), and that the disclosure opens
 * from the keyboard, its links then join the Tab order, axe-core finds nothing serious, and the
 * next card starts short again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockingViolations } from '../lib/axe';
import { pollFor, type E2EBrowser, type E2EPage, type LaunchE2E } from '../lib/browser-seam';
import { FIXTURES_DIR, loadExpected } from '../lib/expected';
import { closeCard, readCard } from '../lib/seam-card';
import { expectNoTrafficBeyondLoopback, waitForMarks } from '../lib/seam-checks';

const demo = loadExpected(FIXTURES_DIR, 'demo');

/** The open card's parts: drawn or not, inside the card's first view (unscrolled), or at least starting there. Run in the page. */
const cardLayoutInPage = () => {
  const card = document.querySelector('gutcheck-ui')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="gutcheck-card"]');
  if (!card) return null;
  const box = card.getBoundingClientRect();
  const ids = ['card-verdict', 'card-evidence', 'card-claim', 'card-summary', 'card-advice', 'card-matched', 'card-more', 'card-dismiss', 'card-wrong-match', 'card-nuance', 'card-sources', 'card-reviewed'];
  const parts: Record<string, { shown: boolean; inBox: boolean; startsInBox: boolean }> = {};
  for (const id of ids) {
    const el = card.querySelector(`[data-testid="${id}"]`);
    const r = el?.getBoundingClientRect();
    const starts = !!r && r.height > 0 && r.top >= box.top - 0.5 && r.top + 16 <= box.bottom;
    parts[id] = { shown: !!el?.checkVisibility(), inBox: starts && r.bottom <= box.bottom + 0.5, startsInBox: starts };
  }
  const details = card.querySelector<HTMLDetailsElement>('details[data-testid="card-details"]');
  return {
    scrolled: card.scrollTop,
    /** The card's whole content height: what the disclosure saves while closed. */
    height: card.scrollHeight,
    open: details?.open ?? null,
    summary: details?.querySelector('summary')?.textContent ?? null,
    parts,
    sourceLinksShown: [...card.querySelectorAll('[data-testid="card-sources"] a')].filter((a) => a.checkVisibility()).length,
  };
};

/** What has focus inside our shadow root: its tag, and whether it is one of the card's source links. Run in the page. */
const focusedInCard = () => {
  const active = document.querySelector('gutcheck-ui')?.shadowRoot?.activeElement ?? null;
  return { tag: active?.localName ?? null, sourceLink: !!active?.closest('[data-testid="card-sources"]') };
};

/** In the card's first view: the verdict, the meter, the claim and what the research says. */
const FIRST_VIEW = ['card-verdict', 'card-evidence', 'card-claim', 'card-summary'];
/** Drawn without opening anything (below the first view when the texts are long). */
const DRAWN = ['card-advice', 'card-matched', 'card-more', 'card-dismiss', 'card-wrong-match'];
const FURTHER = ['card-nuance', 'card-sources', 'card-reviewed'];

export function describeEvidenceCard(launch: LaunchE2E): void {
  let browser: E2EBrowser;
  let page: E2EPage;
  let closedHeight = 0;
  const layout = async () => {
    const l = await page.evaluate(cardLayoutInPage, undefined);
    if (!l) throw new Error('no card open');
    return l;
  };
  beforeAll(async () => {
    browser = await launch();
    page = await browser.open('/demo.html');
    await waitForMarks(page, { atLeast: demo.highlights.length });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('the shorter card', () => {
    it('shows the verdict, the meaning, what to do and why it was flagged at once; nuance, sources and review one click further', async () => {
      await page.press('Alt+Shift+KeyN');
      const card = await readCard(page);
      // The first mark on the demo page is a claim the page makes: the card says how sure the engine is.
      expect(card.claim).toMatch(/^Makes this claim:/);
      expect(card.matched).toMatch(/GutCheck is fairly sure the page makes this claim here\.|The page probably makes this claim here\.|GutCheck is not sure; the page may only mention this claim\./);
      await page.screenshot(`${browser.name}-card-short.png`);
      const l = await layout();
      expect(l.summary).toBe('Details and sources');
      expect(l.open, 'the disclosure starts closed').toBe(false);
      expect(l.scrolled).toBe(0);
      for (const id of FIRST_VIEW) expect(l.parts[id], `${id} is in the card's first view`).toMatchObject({ shown: true, inBox: true });
      expect(l.parts['card-advice'], '"What you can do" starts in the first view').toMatchObject({ shown: true, startsInBox: true });
      for (const id of DRAWN) expect(l.parts[id]?.shown, `${id} is drawn without opening anything`).toBe(true);
      for (const id of FURTHER) expect(l.parts[id]?.shown, `${id} waits behind the disclosure`).toBe(false);
      expect(l.sourceLinksShown).toBe(0);
      closedHeight = l.height;
    });

    it('"Details and sources" opens from the keyboard, and its source links join the Tab order', async () => {
      for (let i = 0; i < 8 && (await page.evaluate(focusedInCard, undefined)).tag !== 'summary'; i++) await page.press('Tab');
      expect((await page.evaluate(focusedInCard, undefined)).tag, 'Tab reaches the summary').toBe('summary');
      await page.press('Enter');
      const l = await pollFor(layout, (x) => x.open === true, 3000, 50);
      expect(l.open).toBe(true);
      for (const id of FURTHER) expect(l.parts[id]?.shown, `${id} shown once open`).toBe(true);
      expect(l.sourceLinksShown).toBeGreaterThan(0);
      expect(l.height - closedHeight, 'the disclosure held the nuance and the sources (px)').toBeGreaterThan(150);
      await page.press('Tab');
      expect(await page.evaluate(focusedInCard, undefined), 'the next Tab goes to the first source').toEqual({ tag: 'a', sourceLink: true });
      await page.screenshot(`${browser.name}-card-details-open.png`);
    });

    it('axe-core finds nothing serious or critical with the card and its details open', async () => {
      expect((await layout()).open).toBe(true);
      expect(await blockingViolations((script) => page.evaluateScript(script))).toEqual([]);
    });

    it('Escape still closes the card from inside the details, and the next card starts short again', async () => {
      await page.press('Escape');
      expect(await pollFor(() => page.evaluate(cardLayoutInPage, undefined), (c) => c === null, 3000, 50)).toBeNull();
      await page.press('Alt+Shift+KeyN');
      await readCard(page);
      expect((await layout()).open).toBe(false);
      await closeCard(page);
    });

    it('the browser reported no error and sent nothing beyond the page’s own server', async () => {
      expect(browser.errors()).toEqual([]);
      await expectNoTrafficBeyondLoopback(browser);
    });
  });
}
