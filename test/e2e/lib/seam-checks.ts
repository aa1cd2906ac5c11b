/** Assertions the browser-neutral specs share (the pure ones, on marks and snapshots, live in checks.ts). */
import { expect, it } from 'vitest';
import { verdictWords } from '../../../claims/words';
import { pollFor, type E2EBrowser, type E2EPage } from './browser-seam';
import { closeCard, highlightSizesInPage, openCardByPointer } from './seam-card';
import { expectHighlights, expectNoForbiddenMarks } from './checks';
import { claimFromCardText, highlightProblem, type ExpectedHighlight, type Stage } from './expected';
import {
  ASSERTED_HIGHLIGHTS,
  marksInPage,
  rangesKeptInPage,
  rememberRangesInPage,
  settleMarks,
  snapshotInPage,
  type Mark,
  type PageSnapshot,
  type SettleOptions,
} from './probe';

export const readMarks = (page: E2EPage): Promise<Mark[]> => page.evaluate(marksInPage, undefined);
export const snapshot = (page: E2EPage): Promise<PageSnapshot> => page.evaluate(snapshotInPage, undefined);
/** Remembers the Range of every mark now painted, so rangesKept can tell marks kept from marks rebuilt. */
export const rememberRanges = (page: E2EPage): Promise<number> => page.evaluate(rememberRangesInPage, undefined);
/** Of the remembered Ranges, how many are still painted as the same objects, and how many marks there are now. */
export const rangesKept = (page: E2EPage) => page.evaluate(rangesKeptInPage, undefined);
/** What GutCheck's polite live region says now ('' when it is not there). */
export const readLiveRegion = (page: E2EPage): Promise<string> =>
  page.evaluate(() => document.querySelector('gutcheck-ui')?.shadowRoot?.querySelector('[data-testid="gutcheck-live"]')?.textContent ?? '', undefined);
/** Waits until the marks stop changing (see settleMarks). */
export const waitForMarks = (page: E2EPage, opts: SettleOptions = {}): Promise<Mark[]> => settleMarks(() => readMarks(page), opts);

/**
 * Polls the badge until it equals `want` (the background updates it asynchronously; after a mode
 * change the page is scanned again first). Generous, because the machine is shared: a pass
 * returns at once, only a failure waits it out.
 */
export async function expectBadge(browser: E2EBrowser, page: E2EPage, want: string): Promise<void> {
  expect(await pollFor(() => browser.badge(page), (got) => got === want, 8000), 'toolbar badge').toBe(want);
}

/** Polls the number of marks until `want` holds (the content script reacts to storage changes asynchronously). */
export async function expectMarkCount(page: E2EPage, want: (n: number) => boolean, label: string): Promise<void> {
  const marks = await pollFor(() => readMarks(page), (m) => want(m.length), 8000);
  expect(want(marks.length), `${label} (${marks.length} marks)`).toBe(true);
}

/**
 * Clicks every asserted mark, reads its card, and checks the card names the verdict of the mark's
 * style in words. Returns the claim ids the cards showed: the page's asserted claims, as a reader sees them.
 */
export async function assertedClaimsByCard(page: E2EPage): Promise<Set<string>> {
  const seen = new Set<string>();
  const sizes = await page.evaluate(highlightSizesInPage, ASSERTED_HIGHLIGHTS);
  for (const [i, name] of ASSERTED_HIGHLIGHTS.entries()) {
    for (let k = 0; k < sizes[i]!; k++) {
      const card = await openCardByPointer(page, name, k);
      const claim = claimFromCardText(card.claim);
      expect(claim, `card for ${name}[${k}] shows a known claim: ${card.claim}`).toBeDefined();
      expect(card.claim, 'card says the page makes the claim').toMatch(/^\s*Makes this claim/);
      expect(`gutcheck-${claim!.verdict}`, `mark style matches the claim's verdict (${claim!.id})`).toBe(name);
      expect(card.verdict, `verdict in words for ${claim!.id}`).toBe(verdictWords(claim!.verdict));
      seen.add(claim!.id);
    }
  }
  await closeCard(page);
  return seen;
}

/**
 * After a step on a live page: the stage's passages are marked, marks of claims the page no longer
 * asserts (highlights of earlier stages) are gone, nothing hidden is marked, and the badge counts
 * the stage's claims. Returns the settled marks.
 */
export async function expectStage(browser: E2EBrowser, page: E2EPage, stage: Stage, earlier: readonly ExpectedHighlight[]): Promise<Mark[]> {
  const marks = await waitForMarks(page, { atLeast: stage.highlights.length ? 1 : 0 });
  expectHighlights(stage, marks);
  const stale = earlier.filter((h) => !stage.asserted.includes(h.claim) && !highlightProblem(h, marks));
  expect(stale.map((h) => `${h.claim}: ${JSON.stringify(h.text)}`), 'marks of claims the page no longer shows').toEqual([]);
  expectNoForbiddenMarks(marks);
  await expectBadge(browser, page, stage.asserted.length ? String(stage.asserted.length) : '');
  return marks;
}

/** Closes the browser and checks nothing went beyond 127.0.0.1 over its whole run. */
export async function expectNoTrafficBeyondLoopback(browser: E2EBrowser): Promise<void> {
  expect((await browser.close()).leaks, 'requests beyond 127.0.0.1').toEqual([]);
}

/**
 * The two checks a spec ends with, inside its last describe: no error logged anywhere, and
 * nothing sent beyond 127.0.0.1 over the whole run (which closes the browser). `beforeClose`
 * runs first, e.g. to detach a work probe.
 */
export function itLeavesNoTrace(browser: () => E2EBrowser, beforeClose?: () => Promise<void>): void {
  it('logs no errors (pages, content script, extension pages, background)', () => {
    expect(browser().errors()).toEqual([]);
  });

  it('sends no request beyond 127.0.0.1 over the whole run', async () => {
    await beforeClose?.();
    await expectNoTrafficBeyondLoopback(browser());
  });
}
