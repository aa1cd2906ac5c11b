/**
 * The watch script (entrypoints/watch.content) is all GutCheck injects into a page that never
 * mentions gut health; the checker (content-scripts/scan.js) arrives only with the first topic
 * word. Seen from outside through the DevTools protocol: Debugger.scriptParsed names every script
 * a page's worlds parse, content scripts included. Absence is asserted only after a positive
 * signal that the watch script ran on this page (it answered "which page is this?").
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './harness';
import { expectBadge, expectNoTrafficBeyondLoopback, pageInfoOf, watchStateOf } from './lib/checks';
import { waitForMarks } from './lib/probe';

const NEWS = Array.from({ length: 200 }, (_, i) => `<p>The council met on Tuesday to discuss the new cycle lanes (${i + 1}).</p>`).join('\n');
const PAGES = {
  '/news.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Local news</title></head><body><main><h1>Cycle lanes</h1>${NEWS}</main></body></html>`,
  // A live score changing every frame: the watch reads such a page in pauses (topic-watch.ts).
  '/ticker.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Live</title></head><body><main><h1>Cup final</h1><p>Live: <span id="t">0</span></p></main>
<script>let n = 0; const t = document.getElementById('t'); setInterval(() => { t.textContent = 'Score ' + (n++); }, 1000 / 60);</script></body></html>`,
};

let session: Session;
let page: Page;
let cdp: CDPSession;
const parsed: string[] = [];
const scripts = () => parsed.filter((u) => u.startsWith('chrome-extension://')).map((u) => new URL(u).pathname);

beforeAll(async () => {
  session = await startSession({ pages: PAGES });
  page = await session.ctx.newPage();
  cdp = await session.ctx.newCDPSession(page);
  cdp.on('Debugger.scriptParsed', (e) => parsed.push(e.url));
  await cdp.send('Debugger.enable');
  await page.goto(`${session.server.origin}/news.html`);
});
afterAll(async () => {
  await session?.close();
});

describe('a page that never mentions gut health', () => {
  it('gets the watch script, which answers which page it is and that it is watching', async () => {
    await expect.poll(() => pageInfoOf(session, page), { timeout: 10_000 }).toEqual({ url: page.url(), watch: 'watching' });
    expect(scripts()).toContain('/content-scripts/watch.js');
  });

  it('never gets the checker: no scan.js, no marks, no results, no badge', async () => {
    await page.waitForTimeout(1000); // the watch script has answered: it ran its first look long ago
    expect(scripts()).not.toContain('/content-scripts/scan.js');
    expect(await waitForMarks(page, { quietMs: 300 })).toEqual([]);
    const tabId = await session.tabId(page);
    const results = await (await session.worker()).evaluate((id) => chrome.runtime.sendMessage({ type: 'get-tab-results', tabId: id }).catch(() => null), tabId);
    expect(results).toBeNull();
    await expectBadge(session, page, '');
  });

  it('the popup says why nothing is counted: no gut-health words here', async () => {
    const popup = await session.openPopup(page);
    await expect.poll(() => popup.getByTestId('popup-counts').textContent(), { timeout: 5000 }).toMatch(/^No gut-health words on this page/);
    await popup.close();
  });

  it('gets the checker the moment a claim is added, and marks it', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'A reader writes: bone broth seals the holes in your gut.';
      document.querySelector('main')!.append(p);
    });
    await expect.poll(scripts, { timeout: 10_000 }).toContain('/content-scripts/scan.js');
    // The file is requested before the watch script records that the checker loaded: poll, not read once.
    await expect.poll(() => watchStateOf(session, page), { timeout: 5000 }).toBe('loaded');
    const marks = await waitForMarks(page, { atLeast: 1 });
    expect(marks.map((m) => m.text).join(' ')).toMatch(/bone broth seals the holes/i);
    await expectBadge(session, page, '1');
    expect(scripts().filter((s) => s === '/content-scripts/scan.js'), 'loaded once').toHaveLength(1);
    const popup = await session.openPopup(page);
    await expect.poll(() => popup.getByTestId('popup-counts').textContent(), { timeout: 5000 }).toMatch(/^1 claim on this page/);
    await popup.close();
  });

  it('a second checker injected into the same document stops the first: the marks are not doubled', async () => {
    const before = await waitForMarks(page, { atLeast: 1 });
    const tabId = await session.tabId(page);
    await (await session.worker()).evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['content-scripts/scan.js'] }), tabId);
    await expect.poll(() => scripts().filter((s) => s === '/content-scripts/scan.js').length, { timeout: 5000 }).toBe(2);
    // The newer checker reads the page afresh; the older one, told in the extension's own world
    // that a newer one started (scripts/quiet-script-start.ts), stops and takes its UI away.
    await page.waitForTimeout(1500);
    const after = await waitForMarks(page, { atLeast: 1, quietMs: 500 });
    expect(after.map((m) => m.text)).toEqual(before.map((m) => m.text));
    // Two live checkers would each keep a shadow host (the live region) and a style element.
    const ours = await page.evaluate(() => ({ hosts: document.querySelectorAll('gutcheck-ui').length, styles: document.querySelectorAll('style[data-gutcheck-ui]').length }));
    expect(ours, 'one checker left').toEqual({ hosts: 1, styles: 1 });
    await expectBadge(session, page, '1');
  });

  it('on a page that changes every frame, a claim added later still brings the checker, within the watch\'s pause', async () => {
    const ticking = await session.ctx.newPage();
    await ticking.goto(`${session.server.origin}/ticker.html`);
    await expect.poll(() => pageInfoOf(session, ticking), { timeout: 10_000 }).toEqual({ url: ticking.url(), watch: 'watching' });
    await ticking.waitForTimeout(500); // ticking for a while: the watch is pausing
    await ticking.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Half-time tip from the coach: collagen rebuilds the gut wall.';
      document.querySelector('main')!.append(p);
    });
    await expect.poll(() => watchStateOf(session, ticking), { timeout: 5000 }).toBe('loaded');
    const marks = await waitForMarks(ticking, { atLeast: 1 });
    expect(marks.map((m) => m.text).join(' ')).toMatch(/collagen rebuilds the gut wall/i);
    await ticking.close();
  });

  it('logs no errors and sends nothing beyond 127.0.0.1', async () => {
    expect(session.consoleErrors, JSON.stringify(session.consoleErrors)).toEqual([]);
    await expectNoTrafficBeyondLoopback(session);
  });
});
