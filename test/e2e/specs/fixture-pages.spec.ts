/**
 * Every golden page in test/fixtures/pages, for any browser behind the seam: the expected
 * passages are marked with their claims' verdicts, the badge counts the asserted claims, a click
 * on each asserted mark opens a card naming its verdict, and the page itself is left as it was
 * (the baseline is the same file opened as file://, where the extension does not run). Run in
 * Chromium by fixture-pages.e2e.test.ts and in Firefox by firefox/fixture-pages.e2e.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage, LaunchE2E } from '../lib/browser-seam';
import { expectAssertedSet, expectHighlights, expectNoForbiddenMarks, expectUnchanged } from '../lib/checks';
import { FIXTURES_DIR, fixtureNames, loadExpected } from '../lib/expected';
import type { Mark, PageSnapshot } from '../lib/probe';
import { assertedClaimsByCard, expectBadge, expectNoTrafficBeyondLoopback, snapshot, waitForMarks } from '../lib/seam-checks';

export function describeFixturePages(launch: LaunchE2E): void {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const name of fixtureNames(FIXTURES_DIR)) {
    describe(name, () => {
      const expected = loadExpected(FIXTURES_DIR, name);
      let page: E2EPage;
      let marks: Mark[];
      let before: PageSnapshot;
      let settled: PageSnapshot;

      beforeAll(async () => {
        const baseline = await browser.openBaseline(`${name}.html`);
        before = await snapshot(baseline);
        await baseline.close();
        page = await browser.open(`/${name}.html`);
        marks = await waitForMarks(page, { atLeast: expected.highlights.length ? 1 : 0 });
        settled = await snapshot(page);
        await page.screenshot(`${browser.name}-${name}.png`, true);
      });
      afterAll(async () => {
        await page?.close();
      });

      it('holds no remote URL', () => {
        expect(readFileSync(join(FIXTURES_DIR, `${name}.html`), 'utf8')).not.toMatch(/(?:https?|wss?|ftp):\/\/|["'(=]\s*\/\/[a-z0-9]/i);
      });

      it('marks the expected passages with their claims’ verdicts', () => {
        expectHighlights(expected, marks);
      });

      it('marks nothing in inputs, textareas, editable, hidden or template content', () => {
        expectNoForbiddenMarks(marks);
      });

      it('shows the number of distinct asserted claims on the badge', async () => {
        await expectBadge(browser, page, expected.asserted.length ? String(expected.asserted.length) : '');
      });

      it('opens a card naming the verdict for every asserted mark, and only for asserted claims', async () => {
        expectAssertedSet(expected, await assertedClaimsByCard(page));
      });

      it('leaves the page’s text, DOM, form fields and layout unchanged', async () => {
        expectUnchanged(before, settled);
        // Opening cards scrolls the page, and a live page (the feed) reacts to scrolling itself.
        if (!expected.steps.length) expectUnchanged(before, await snapshot(page));
      });

      it('logs no errors (pages, content script, background)', () => {
        expect(browser.errors()).toEqual([]);
      });
    });
  }

  describe('network', () => {
    it('sends no request beyond 127.0.0.1 over the whole run', async () => {
      await expectNoTrafficBeyondLoopback(browser);
      expect(browser.errors()).toEqual([]);
    });
  });
}
