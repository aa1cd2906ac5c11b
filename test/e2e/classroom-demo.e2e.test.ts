/**
 * Classroom mode in real Chromium, part 1: the demo page (the engine run on the extension's own
 * page) and the presenter on it, with guess-first scoring; axe-core on both, light and dark;
 * screenshots at 1280 and 390 px. Reports: classroom-report.e2e.test.ts; a real tab:
 * classroom-tab.e2e.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_WORDS, VERDICT_WORDS } from '../../claims/words';
import { scoreGuess } from '../../components/classroom/guess-score';
import { shoot, startSession, type Session } from './harness';
import { claimByStatement, overflowX, presenterCount as count, totalOf } from './lib/classroom';
import { blockingOn } from './lib/axe';
import { expectNoTrafficBeyondLoopback } from './lib/checks';

let session: Session;
const ext = (path: string) => `chrome-extension://${session.extId}/${path}`;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.ctx.close().catch(() => undefined);
});

it('axe finds serious violations where there are some (so an empty list means something)', async () => {
  const page = await session.ctx.newPage();
  await page.setContent('<html lang="en"><title>t</title><body><main><img src="data:,"><button></button></main></body></html>');
  expect((await blockingOn(page)).map((v) => v.id).sort()).toEqual(['button-name', 'image-alt']);
  await page.close();
});

describe('demo page', () => {
  let demo: Page;
  beforeAll(async () => {
    demo = await session.ctx.newPage();
    await demo.goto(ext('demo.html'));
    await demo.getByTestId('demo-post').first().waitFor();
  });
  const findings = (post: string) =>
    demo.locator(`#${post} [data-testid="demo-finding"]`).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-claim')}:${e.getAttribute('data-stance')}`));

  it('shows every kind of post, each with the claims the engine found, marked in the text', async () => {
    expect(await demo.locator('[data-testid="demo-post"] .kind').allInnerTexts()).toHaveLength(6);
    for (const post of ['caption', 'thread', 'shop', 'clinic', 'debunk', 'facts']) {
      expect((await findings(post)).length, post).toBeGreaterThan(0);
      expect(await demo.locator(`#${post} mark`).count(), `${post} has marks`).toBeGreaterThan(0);
    }
    // An asserted myth, drawn with its verdict's line shape and named in words.
    expect(await findings('caption')).toContain('bone-broth-heals-gut:asserts');
    const broth = demo.locator('#caption mark[data-claim="bone-broth-heals-gut"]').first();
    expect(await broth.getAttribute('class')).toBe('gutcheck-unsupported');
    expect(await broth.evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('wavy');
    expect(await demo.locator('#caption [data-claim="bone-broth-heals-gut"] strong').innerText()).toBe('Not supported');
    // Well-supported true claims, stated plainly.
    expect(await findings('facts')).toEqual(expect.arrayContaining(['nsaids-raise-permeability:asserts', 'alcohol-raises-permeability:asserts', 'permeability-in-disease:asserts']));
    expect(await demo.locator('#facts mark.gutcheck-supported').count()).toBeGreaterThanOrEqual(3);
  });

  it("reads the debunk's myths as disputed, not asserted, and its true claim as made", async () => {
    expect(await findings('debunk')).toEqual(expect.arrayContaining(['zonulin-test-diagnoses:refutes', 'bone-broth-heals-gut:refutes', 'permeability-is-real:asserts']));
    expect(await demo.locator('#debunk mark[data-claim="zonulin-test-diagnoses"]').first().getAttribute('class')).toBe('gutcheck-context');
    expect(await demo.locator('#debunk [data-claim="zonulin-test-diagnoses"] .stance').innerText()).toBe('Disputes this claim');
  });

  it('passes axe in light and dark and reflows at 390 px', async () => {
    expect(await blockingOn(demo)).toEqual([]);
    await shoot(demo, 'classroom-demo-1280.png');
    await shoot(demo, 'classroom-demo-1280-full.png', true);
    await demo.emulateMedia({ colorScheme: 'dark' });
    expect(await blockingOn(demo)).toEqual([]);
    await shoot(demo, 'classroom-demo-dark.png');
    await demo.emulateMedia({ colorScheme: 'light' });
    await demo.setViewportSize({ width: 390, height: 844 });
    expect(await overflowX(demo), 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
    await shoot(demo, 'classroom-demo-390.png');
  });

  it('leads to the presenter', async () => {
    await demo.getByTestId('demo-present').click();
    await demo.waitForURL(/presenter\.html$/);
    expect(await count(demo)).toMatch(/^Claim 1 of \d+$/);
  });
});

describe('presenter on the demo', () => {
  let p: Page;
  let total = 0;
  beforeAll(async () => {
    p = await session.ctx.newPage();
    await p.goto(ext('presenter.html'));
    total = totalOf(await count(p));
  });

  it('steps with the arrow keys and the buttons, "Claim n of N"', async () => {
    expect(total).toBeGreaterThanOrEqual(15);
    expect(await count(p)).toBe(`Claim 1 of ${total}`);
    const marked = () => p.locator('[data-testid="presenter-passage"] mark').innerText();
    const first = await marked();
    await p.keyboard.press('ArrowRight');
    expect(await count(p)).toBe(`Claim 2 of ${total}`);
    expect(await marked()).not.toBe(first);
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowLeft');
    expect(await count(p)).toBe(`Claim 2 of ${total}`);
    await p.keyboard.press('ArrowLeft');
    expect(await count(p)).toBe(`Claim 1 of ${total}`);
    expect(await marked()).toBe(first);
    await p.keyboard.press('ArrowLeft'); // stays at the first claim
    expect(await count(p)).toBe(`Claim 1 of ${total}`);
    await p.getByTestId('presenter-next').click();
    expect(await count(p)).toBe(`Claim 2 of ${total}`);
    await p.getByTestId('presenter-prev').click();
    expect(await count(p)).toBe(`Claim 1 of ${total}`);
  });

  it('hides the verdict until a guess is made, then scores it and keeps a running score', async () => {
    expect(await p.getByTestId('answer-panel').count()).toBe(0);
    expect(await p.getByTestId('card-verdict').count(), 'no verdict before the guess').toBe(0);
    expect(await p.getByTestId('presenter-score').innerText()).toBe('Score: no guesses yet');
    expect(await p.getByTestId('guess-check').isDisabled()).toBe(true);
    expect(await blockingOn(p)).toEqual([]);
    await shoot(p, 'classroom-presenter-guess.png');

    await p.getByTestId('guess-overstated').click();
    expect(await p.getByTestId('guess-overstated').getAttribute('aria-pressed')).toBe('true');
    await p.getByTestId('guess-low').click();
    await p.getByTestId('guess-check').click();
    await p.getByTestId('answer-panel').waitFor();
    expect(await p.evaluate(() => document.activeElement?.id), 'focus moves to the answer').toBe('answer-title');

    const claim = claimByStatement(await p.locator('.claim-statement').innerText());
    expect(claim).toBeDefined();
    expect(await p.getByTestId('card-verdict').innerText()).toBe(VERDICT_WORDS[claim!.verdict]);
    expect((await p.locator('.meter-words').innerText()).trim()).toBe(`Evidence: ${EVIDENCE_WORDS[claim!.evidence]}`);
    const want = scoreGuess({ verdict: 'overstated', evidence: 'low' }, claim!);
    const words = { exact: 'exactly right', near: 'one step off', far: 'far off' } as const;
    const result = await p.getByTestId('guess-result').innerText();
    expect(result).toContain(`Your verdict, Overstated: ${words[want.verdict]}.`);
    expect(result).toContain(`Your strength of evidence, Low: ${words[want.evidence]}.`);
    expect(await p.getByTestId('presenter-score').innerText()).toBe(`Score: ${want.points} of 4 points from 1 guess`);
    expect(await blockingOn(p)).toEqual([]);
    await shoot(p, 'classroom-presenter-answer.png');
    await p.emulateMedia({ colorScheme: 'dark' });
    expect(await blockingOn(p)).toEqual([]);
    await shoot(p, 'classroom-presenter-dark.png');
    await p.emulateMedia({ colorScheme: 'light' });

    // The next claim starts hidden again; an answer shown without a guess does not count.
    await p.keyboard.press('ArrowRight');
    expect(await p.getByTestId('answer-panel').count()).toBe(0);
    await p.getByTestId('guess-reveal').click();
    await p.getByTestId('answer-panel').waitFor();
    expect(await p.getByTestId('presenter-score').innerText()).toBe(`Score: ${want.points} of 4 points from 1 guess`);
    // Back to the first: its answer and score stay.
    await p.keyboard.press('ArrowLeft');
    expect(await p.getByTestId('guess-result').count()).toBe(1);
  });

  it('reflows at 390 px', async () => {
    await p.setViewportSize({ width: 390, height: 844 });
    expect(await overflowX(p)).toBeLessThanOrEqual(0);
    await shoot(p, 'classroom-presenter-390.png');
  });

  it('fetched nothing and logged no errors', async () => {
    expect(session.consoleErrors).toEqual([]);
    await expectNoTrafficBeyondLoopback(session);
  });
});
