/** Assertions shared by the e2e files: a page's marks against a stage of its expectations, and "page unchanged". */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Session } from '../harness';
import { claimById, highlightProblem, type Stage } from './expected';
import type { Mark, PageSnapshot } from './probe';

/** Polls the badge until it equals `want` (the background updates it asynchronously). */
export async function expectBadge(session: Session, page: Page, want: string): Promise<void> {
  let got = '';
  for (let i = 0; i < 30; i++) {
    got = await session.badge(page);
    if (got === want) break;
    await page.waitForTimeout(100);
  }
  expect(got, 'toolbar badge').toBe(want);
}

/** Every expected passage is covered by a mark of its claim's verdict, inside its sentence. */
export function expectHighlights(stage: Stage, marks: readonly Mark[]): void {
  const problems = stage.highlights.map((h) => highlightProblem(h, marks)).filter(Boolean);
  expect(problems.join('\n'), 'expected highlights').toBe('');
}

/** The asserted claims the cards show are exactly the stage's, and none of its notAsserted ones. */
export function expectAssertedSet(stage: Stage, seen: Set<string>): void {
  for (const id of [...stage.asserted, ...stage.notAsserted]) claimById(id); // fixture typos fail loudly
  const missing = stage.asserted.filter((id) => !seen.has(id));
  const extra = [...seen].filter((id) => !stage.asserted.includes(id));
  expect({ missing, extra }, 'asserted claims (from their cards) vs expected').toEqual({ missing: [], extra: [] });
  expect(stage.notAsserted.filter((id) => seen.has(id)), 'claims wrongly marked as asserted').toEqual([]);
}

/** GutCheck added exactly its host (after <body>, in <html>) and its style (in <head>), nothing else. */
export function expectUnchanged(baseline: PageSnapshot, subject: PageSnapshot): void {
  expect(subject.text, 'document.body.innerText').toBe(baseline.text);
  expect(subject.dom, 'DOM minus GutCheck host and style').toBe(baseline.dom);
  expect(subject.fields, 'form field values').toEqual(baseline.fields);
  expect(subject.layout, 'block positions').toEqual(baseline.layout);
  expect(baseline.ours, 'the file:// baseline runs without GutCheck').toEqual([]);
  for (const added of subject.ours) expect(['html>gutcheck-ui', 'head>style']).toContain(added);
}

/** No mark sits where GutCheck must not read: inputs, textareas, editable, hidden, template, noscript. */
export function expectNoForbiddenMarks(marks: readonly Mark[]): void {
  expect(marks.filter((m) => m.forbidden), 'marks in unreadable regions').toEqual([]);
}

/** Closes the session and checks that nothing left 127.0.0.1, in Playwright's request log or Chromium's net-log. */
export async function expectNoTrafficBeyondLoopback(session: Session): Promise<void> {
  const report = await session.close();
  expect(report.leaks).toEqual([]);
  expect(report.netLogHosts.filter((h) => h !== '127.0.0.1')).toEqual([]);
}

/** The watch script's answer to get-page-info for `page` ({url, watch}), asked as the popup asks; null when none answers. */
export async function pageInfoOf(session: Session, page: Page): Promise<unknown> {
  const tabId = await session.tabId(page);
  return (await session.worker()).evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-page-info' }).catch(() => null), tabId);
}

/**
 * The watch script's state on `page` (see entrypoints/lib/page-info.ts): the positive signal that
 * GutCheck ran on the page and decided, before asserting an absence.
 */
export async function watchStateOf(session: Session, page: Page): Promise<string | null> {
  return ((await pageInfoOf(session, page)) as { watch?: string } | null)?.watch ?? null;
}

/**
 * Opens the toolbar's real popup over `page` (chrome.action.openPopup, as a click on the button
 * does: no ?tabId=, so the popup finds its tab itself) and returns its text once `ready` holds.
 * Playwright does not list action popups as pages, so the popup is read over raw CDP.
 */
export async function toolbarPopupText(session: Session, page: Page, ready: (text: string) => boolean): Promise<string> {
  await page.bringToFront();
  await (await session.worker()).evaluate(() => chrome.action.openPopup());
  const cdp = await session.ctx.newCDPSession(page);
  try {
    type Targets = { targetInfos: { targetId: string; url: string }[] };
    let target: string | undefined;
    for (let i = 0; i < 50 && !target; i++) {
      target = ((await cdp.send('Target.getTargets')) as Targets).targetInfos.find((t) => t.url.endsWith('/popup.html'))?.targetId;
      if (!target) await page.waitForTimeout(100);
    }
    if (!target) throw new Error('the toolbar popup did not open');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target, flatten: false })) as { sessionId: string };
    let id = 0;
    const read = () =>
      new Promise<string>((resolve) => {
        const mine = ++id;
        const onMessage = (e: { message: string }) => {
          const reply = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: string } } };
          if (reply.id !== mine) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(reply.result?.result?.value ?? '');
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: mine, method: 'Runtime.evaluate', params: { expression: 'document.body.innerText', returnByValue: true } }),
        });
      });
    let text = await read();
    for (let i = 0; i < 50 && !ready(text); i++) {
      await page.waitForTimeout(100);
      text = await read();
    }
    await cdp.send('Target.closeTarget', { targetId: target });
    return text;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
