/**
 * "See more" without the hidden attribute: text shown by removing a class, by an inline style
 * (jQuery's .show()), and comments shown and hidden again by a class on their list. GutCheck must
 * mark the text once it shows (and drop the mark when it hides again), while class and style
 * changes that show no new text stay cheap: no marks rebuilt, nothing read beyond the changed
 * post, and style changes that cannot hide anything (opacity, transform) read nothing at all.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, shoot, startSession, type Session } from './harness';
import { act } from './lib/actions';
import { assertedClaimsByCard, expectAssertedSet, expectNoTrafficBeyondLoopback, expectStage } from './lib/checks';
import { loadExpected, type ExpectedHighlight } from './lib/expected';
import { probeContentScript, type WorkProbe } from './lib/work-probe';

const NAME = 'see-more';
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

describe('see more by class and style', () => {
  const seen: ExpectedHighlight[] = [...expected.highlights];

  it('marks only the text shown at first', async () => {
    await expectStage(session, page, expected, []);
    probe = await probeContentScript(page, session.extId!);
  });

  expected.steps.forEach((step, i) => {
    it(`step ${i + 1}, click "${step.target!.name}": the badge follows (${step.asserted.length})`, async () => {
      await act(page, step);
      await expectStage(session, page, step, seen);
      seen.push(...step.highlights);
      if (i === 2) await shoot(page, `${NAME}-expanded.png`);
    });
  });

  it('class changes that show no new text rebuild no mark and read nothing beyond their post', async () => {
    await probe.reset();
    await probe.rememberRanges();
    await page.evaluate(async () => {
      const notice = document.getElementById('post-notice')!;
      for (let i = 0; i < 10; i++) {
        notice.classList.toggle('flash');
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    });
    // Ten changes in 0.4 s make the post busy: its last state is read once, a second later.
    await page.waitForTimeout(1400);
    const work = await probe.counts(['#post-notice']);
    const kept = await probe.rangesKept();
    expect(kept.kept, 'marks kept as the same Range').toBe(kept.remembered);
    expect({ added: work.marksAdded, removed: work.marksRemoved }, 'marks painted or removed').toEqual({ added: 0, removed: 0 });
    expect(work.reads, 'text read outside the post whose class changed').toBe(work.readsWithin['#post-notice']);
  });

  it('style changes that cannot show or hide text (opacity, transform) read nothing', async () => {
    await probe.reset();
    await page.evaluate(async () => {
      const text = document.querySelector<HTMLElement>('#post-zinc p')!;
      for (let i = 1; i <= 10; i++) {
        text.style.opacity = String(1 - i / 20);
        text.style.transform = `translateX(${i}px)`;
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      text.removeAttribute('style');
    });
    await page.waitForTimeout(400);
    expect((await probe.counts()).reads, 'text nodes read').toBe(0);
  });

  it('opens a card naming the verdict for every asserted mark', async () => {
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
