/**
 * Pages that break extensions, each with a claim GutCheck must mark beside what it must leave
 * alone (so a crashed or idle content script cannot pass): a rich-text editor and a designMode
 * frame (the reader's draft is never read, marked or answered by a card, and a block made
 * editable later loses its mark); a page nested 3,000 elements deep with display:contents; a
 * closed <details> FAQ (read when opened); a right-to-left page (the English card stays
 * left-to-right); and the card's keyboard loop (Tab stays in the card, Escape does not pull focus
 * back once the reader has moved on).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shoot, startSession, type Session } from './harness';
import { cardOf, closeCard, openCardByPointer, readCard } from './lib/card';
import { expectNoTrafficBeyondLoopback } from './lib/checks';
import { readMarks, waitForMarks, type Mark } from './lib/probe';

const CLAIM_OUTSIDE = 'Ibuprofen pokes holes in your gut lining.';
const CLAIM_IN_EDITOR = 'Bone broth seals the holes in your gut.';

const editorPage = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>Notes</title></head><body>
<h1>My gut notes</h1>
<p id="outside">${CLAIM_OUTSIDE}</p>
<div id="editor" contenteditable="true" style="border:1px solid #999;min-height:80px;padding:8px">
  <p>Draft for my blog:</p><p>${CLAIM_IN_EDITOR}</p><p>Collagen rebuilds the gut wall in weeks.</p>
</div>
<p id="later">Gluten causes leaky gut in everyone, even without coeliac disease.</p>
<iframe id="frame" srcdoc="<p>Glutamine heals a leaky gut in two weeks.</p>" style="width:400px;height:80px"></iframe>
<script>document.getElementById('frame').addEventListener('load', (e) => { e.target.contentDocument.designMode = 'on'; });</script>
<button id="page-button">Page button</button>
</body></html>`;

const DEPTH = 3000;
const deepPage = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>Deep</title><style>.w{display:contents}</style></head><body>
<p>${CLAIM_OUTSIDE}</p>${'<div class="w">'.repeat(DEPTH)}<p>${CLAIM_IN_EDITOR}</p>${'</div>'.repeat(DEPTH)}</body></html>`;

const faqPage = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>FAQ</title></head><body>
<p>${CLAIM_OUTSIDE}</p>
<details id="faq"><summary>Does broth help?</summary><p>${CLAIM_IN_EDITOR}</p></details>
</body></html>`;

const rtlPage = `<!doctype html><html dir="rtl" lang="ar"><head><link rel="icon" href="data:,"><title>صحة الأمعاء</title></head><body style="font-size:18px">
<p>نصائح لصحة الأمعاء من قرائنا.</p>
<p>${CLAIM_OUTSIDE}</p>
<p>شكراً للقراءة.</p>
</body></html>`;

let session: Session;

beforeAll(async () => {
  session = await startSession({ pages: { '/editor.html': editorPage, '/deep.html': deepPage, '/faq.html': faqPage, '/rtl.html': rtlPage } });
});
afterAll(async () => {
  await expectNoTrafficBeyondLoopback(session);
  await session?.ctx.close().catch(() => undefined);
});

const texts = (marks: readonly Mark[]) => marks.map((m) => m.text).join(' | ');
const markedIn = async (page: Page, selector: string) =>
  page.evaluate((sel) => {
    let n = 0;
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('gutcheck-')) continue;
      for (const r of hl as Highlight) {
        const node = (r as Range).startContainer;
        const el = node instanceof Element ? node : node.parentElement;
        if (el?.closest(sel)) n++;
      }
    }
    return n;
  }, selector);

/** Where focus is, through our shadow root: the innermost element's test id and whether it is in the card. */
const focus = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let last = el;
    while (el) {
      last = el;
      el = el.shadowRoot?.activeElement ?? null;
    }
    return { id: last?.id || last?.getAttribute('data-testid') || last?.localName || null, inCard: !!last?.closest('[data-testid="gutcheck-card"]') };
  });

describe('a rich-text editor and a designMode frame', () => {
  let page: Page;
  beforeAll(async () => {
    page = await session.open('/editor.html');
  });

  it('marks the page’s own claims and nothing the reader is editing', async () => {
    const marks = await waitForMarks(page, { atLeast: 2 });
    expect(texts(marks)).toMatch(/Ibuprofen pokes holes/);
    expect(texts(marks)).toMatch(/Gluten causes leaky gut/);
    expect(await markedIn(page, '#editor')).toBe(0);
    expect(texts(marks)).not.toMatch(/Glutamine|Bone broth|Collagen/);
    expect(marks.filter((m) => m.forbidden)).toEqual([]);
  });

  it('a click that places the caret in the editor opens no card, and typing there is not read', async () => {
    const box = (await page.locator('#editor p').nth(1).boundingBox())!;
    await page.mouse.click(box.x + 20, box.y + box.height / 2);
    await page.keyboard.type(' Bone broth heals leaky gut.');
    await page.waitForTimeout(600);
    expect(await cardOf(page).count()).toBe(0);
    expect(await markedIn(page, '#editor')).toBe(0);
  });

  it('a block made editable after load loses its mark', async () => {
    expect(await markedIn(page, '#later')).toBeGreaterThan(0);
    await page.evaluate(() => document.getElementById('later')!.setAttribute('contenteditable', 'true'));
    await expect.poll(() => markedIn(page, '#later'), { timeout: 5000 }).toBe(0);
    expect(await markedIn(page, '#outside')).toBeGreaterThan(0);
    await shoot(page, 'hostile-editor.png');
  });
});

describe('a page nested 3,000 elements deep (display: contents)', () => {
  it('marks the claim at the top and the one at the bottom, with no error', async () => {
    const page = await session.open('/deep.html');
    const marks = await waitForMarks(page, { atLeast: 2, timeoutMs: 15_000 });
    expect(texts(marks)).toMatch(/Ibuprofen pokes holes/);
    expect(texts(marks)).toMatch(/Bone broth seals the holes/);
    expect(session.consoleErrors, JSON.stringify(session.consoleErrors)).toEqual([]);
  });
});

describe('a closed <details> FAQ', () => {
  it('leaves the hidden answer alone until the reader opens it, then marks it', async () => {
    const page = await session.open('/faq.html');
    const marks = await waitForMarks(page, { atLeast: 1 });
    expect(texts(marks)).toMatch(/Ibuprofen pokes holes/);
    expect(await markedIn(page, '#faq p')).toBe(0);
    await page.locator('#faq summary').click();
    await expect.poll(() => markedIn(page, '#faq p'), { timeout: 5000 }).toBeGreaterThan(0);
  });
});

describe('a right-to-left page', () => {
  it('keeps the English card left-to-right', async () => {
    const page = await session.open('/rtl.html');
    await waitForMarks(page, { atLeast: 1 });
    const name = (await readMarks(page))[0]!.name;
    await openCardByPointer(page, name, 0);
    const dir = await cardOf(page).evaluate((el) => ({ direction: getComputedStyle(el).direction, attr: el.getAttribute('dir') }));
    expect(dir).toEqual({ direction: 'ltr', attr: 'ltr' });
    const head = await cardOf(page).locator('[data-testid="card-close"]').boundingBox();
    const card = (await cardOf(page).boundingBox())!;
    expect(head!.x, 'the close button stays at the card’s right edge').toBeGreaterThan(card.x + card.width / 2);
    await shoot(page, 'hostile-rtl-card.png');
    await closeCard(page);
  });
});

describe('the card and the keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await session.open('/faq.html');
    await waitForMarks(page, { atLeast: 1 });
  });

  it('Tab and Shift+Tab cycle inside the open card', async () => {
    await page.keyboard.press('Alt+Shift+N');
    await readCard(page);
    await expect.poll(() => focus(page)).toMatchObject({ inCard: true });
    const controls = await cardOf(page).locator('a[href], button:not([disabled])').count();
    for (let i = 0; i < controls + 2; i++) {
      await page.keyboard.press('Tab');
      expect((await focus(page)).inCard, `Tab ${i + 1} stays in the card`).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect((await focus(page)).inCard).toBe(true);
  });

  it('Escape after the reader moved focus to the page closes the card and leaves focus there', async () => {
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'later-button';
      b.textContent = 'Page button';
      document.body.append(b);
      b.focus();
    });
    expect(await focus(page)).toMatchObject({ id: 'later-button', inCard: false });
    await page.keyboard.press('Escape');
    await cardOf(page).waitFor({ state: 'hidden', timeout: 3000 });
    expect(await focus(page)).toMatchObject({ id: 'later-button' });
  });
});
