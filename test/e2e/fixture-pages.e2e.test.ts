/**
 * Every golden page in test/fixtures/pages, loaded over http://127.0.0.1 in Chromium with the
 * built extension: marks, cards, badge, and that the page itself is left exactly as it was.
 * The untouched baseline is the same file opened as file://, where the extension does not run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, shoot, startSession, type Session } from './harness';
import { assertedClaimsByCard, expectAssertedSet, expectBadge, expectHighlights, expectNoForbiddenMarks, expectNoTrafficBeyondLoopback, expectUnchanged } from './lib/checks';
import { fixtureNames, loadExpected } from './lib/expected';
import { snapshot, waitForMarks, type Mark, type PageSnapshot } from './lib/probe';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

for (const name of fixtureNames(FIXTURES_DIR)) {
  describe(name, () => {
    const expected = loadExpected(FIXTURES_DIR, name);
    let page: Page;
    let marks: Mark[];
    let before: PageSnapshot;
    let settled: PageSnapshot;

    beforeAll(async () => {
      const baseline = await session.openBaseline(`${name}.html`);
      before = await snapshot(baseline);
      await baseline.close();
      page = await session.open(`/${name}.html`);
      marks = await waitForMarks(page, { atLeast: expected.highlights.length ? 1 : 0 });
      settled = await snapshot(page);
      await shoot(page, `${name}.png`, true);
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
      await expectBadge(session, page, expected.asserted.length ? String(expected.asserted.length) : '');
    });

    it('opens a card naming the verdict for every asserted mark, and only for asserted claims', async () => {
      expectAssertedSet(expected, await assertedClaimsByCard(page));
    });

    it('leaves the page’s text, DOM, form fields and layout unchanged', async () => {
      expectUnchanged(before, settled);
      // Opening cards scrolls the page, and a live page (the feed) reacts to scrolling itself.
      if (!expected.steps.length) expectUnchanged(before, await snapshot(page));
    });

    it('logs no console errors', () => {
      expect(session.consoleErrors).toEqual([]);
    });
  });
}

describe('network', () => {
  it('sends no request beyond 127.0.0.1 (Playwright log and Chromium net-log)', async () => {
    await expectNoTrafficBeyondLoopback(session);
    expect(session.consoleErrors).toEqual([]);
  });
});
