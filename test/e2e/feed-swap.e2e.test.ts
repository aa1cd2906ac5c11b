/**
 * A timeline that swaps its feed container: switching tabs removes the shown container and
 * inserts another (first a new one that fills in a moment later and grows as you scroll, later
 * the kept one again). GutCheck must drop the removed posts' marks, mark the posts of whichever
 * container is in, keep the badge at the shown timeline's count, and not read removed posts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, shoot, startSession, type Session } from './harness';
import { act } from './lib/actions';
import { assertedClaimsByCard, expectAssertedSet, expectNoTrafficBeyondLoopback, expectStage } from './lib/checks';
import { loadExpected, type ExpectedHighlight } from './lib/expected';
import { probeContentScript, type WorkProbe } from './lib/work-probe';

const NAME = 'feed-tabs';
const expected = loadExpected(FIXTURES_DIR, NAME);

let session: Session;
let page: Page;
let probe: WorkProbe;

beforeAll(async () => {
  session = await startSession();
  page = await session.open(`/${NAME}.html`);
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

describe('feed that swaps its container', () => {
  const seen: ExpectedHighlight[] = [...expected.highlights];

  it('marks the first timeline', async () => {
    await expectStage(session, page, expected, []);
    probe = await probeContentScript(page, session.extId!);
  });

  expected.steps.forEach((step, i) => {
    const label = step.action === 'click' ? `click "${step.target!.name}"` : step.action;
    it(`step ${i + 1}, ${label}: marks the shown timeline, drops the removed one, badge ${step.asserted.length}`, async () => {
      await probe.reset();
      await act(page, step);
      await expectStage(session, page, step, seen);
      seen.push(...step.highlights);
      if (i === 0) {
        const work = await probe.counts(['[data-tab=foryou]', '[data-tab=following]']);
        expect(work.readsWithin['[data-tab=foryou]'], 'text of the removed timeline read').toBe(0);
        expect(work.readsWithin['[data-tab=following]'], 'text of the new timeline read').toBeGreaterThan(0);
        expect(work.maxReadsOfOneNode, 'times the same text node was read').toBe(1);
        await shoot(page, `${NAME}-following.png`);
      }
    });
  });

  it('opens a card naming the verdict for every asserted mark of the shown timeline only', async () => {
    expectAssertedSet(expected.steps.at(-1)!, await assertedClaimsByCard(page));
  });

  it('logs no console errors', () => {
    expect(session.consoleErrors).toEqual([]);
  });

  it('sends no request beyond 127.0.0.1 (Playwright log and Chromium net-log)', async () => {
    await probe?.detach().catch(() => undefined);
    await expectNoTrafficBeyondLoopback(session);
  });
});
