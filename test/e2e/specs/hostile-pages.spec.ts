/**
 * Pages that break extensions, for any browser behind the seam. Each holds a claim GutCheck must
 * mark beside what it must leave alone, so a crashed or idle content script cannot pass:
 * - a rich-text editor and a designMode frame: the reader's draft is never read, marked or
 *   answered by a card, typing there is not read, and a block made editable later loses its mark;
 * - 5,000 nested display:contents wrappers: no stack overflow, the claim at the bottom is marked;
 * - a closed <details>: its answer is read only once opened;
 * - a page's own shadow root: the mark there is drawn (Firefox applies a document's ::highlight()
 *   rules only outside shadow roots), checked by the pixels with and without that mark; a closed
 *   shadow root (web-component posts in a bare wrapper) is read, drawn and clickable too;
 * - one very long paragraph: stepping to its claim brings the passage and its card on screen;
 * - one 5 MB text node: the claims at both ends are marked (matched in windows, one job each),
 *   and stepping to the last one brings it and its card on screen;
 * - a long article read block by block: a claim refuted in the next paragraph is shown as context;
 * - a right-to-left page: the English card stays left-to-right; in a line of mixed script the
 *   mark covers the English claim only;
 * - a ticker changing its text 60 times a second beside a claim: the mark is kept as it is (no
 *   rescan loop); with the work probe (Chromium), reads stay about one a second and stop after;
 *   a claim the ticker ends on is marked once its node, left out while it ticked, is handed back;
 * - light captions over a dark video frame: their mark is drawn in the light variant of its look;
 * - a shop's supplement-facts table: rows are records, so no mark runs across cells or rows and
 *   a dosed ingredient does not borrow the product's promise;
 * - a frame added after load: its text is read once it has loaded, and a click on its mark opens
 *   the card; a frame of another origin is left alone without an error;
 * - one sentence making three claims on the same words: the card offers the other two;
 * - a strict Content-Security-Policy: marks drawn and the card styled;
 * - a page that removes GutCheck's style and shadow host: both come back for the next claim;
 * - a page that breaks the DOM's built-ins (prototypes, window.CSS, MutationObserver): GutCheck
 *   runs in its own world; the marks are checked by pixels against the page without GutCheck;
 * - the card and the keyboard: Tab stays inside the card; Escape after the reader moved on
 *   leaves focus where it is.
 * On the pages that do not change themselves, the page GutCheck marked is compared with the same
 * file opened where the extension does not run: text, DOM, form fields and layout are the same.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFor, sleep, type E2EBrowser, type E2EPage, type LaunchE2E, type WatchWork } from '../lib/browser-seam';
import { focusInPage, openCardByPointer, peekCard, readCard } from '../lib/seam-card';
import { itLeavesNoTrace, rangesKept, readMarks, rememberRanges, waitForMarks } from '../lib/seam-checks';
import { snapshotInPage, type Mark } from '../lib/probe';
import type { WorkProbe } from '../lib/work-probe';

const texts = (marks: readonly Mark[]) => marks.map((m) => m.text).join(' | ');

/** How many marks start inside an element matching `selector` (or inside its open shadow root). Run in the page. */
const markedInPage = (selector: string): number => {
  let n = 0;
  for (const [name, hl] of CSS.highlights) {
    if (!name.startsWith('gutcheck-')) continue;
    for (const r of hl as Highlight) {
      const node = (r as Range).startContainer;
      const root = node.getRootNode();
      const el = root instanceof ShadowRoot ? root.host : node instanceof Element ? node : node.parentElement;
      if (el?.closest(selector)) n++;
    }
  }
  return n;
};
const markedIn = (page: E2EPage, selector: string) => page.evaluate(markedInPage, selector);

/** A point inside the first line box of the element matching `selector`. Run in the page. */
const pointInPage = (selector: string): { x: number; y: number } | null => {
  const el = document.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getClientRects()[0];
  return r ? { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 } : null;
};

/** Takes the shadow root's marks out of their highlights (kept on window) or puts them back. Run in the page. */
const toggleShadowMarksInPage = (show: boolean): number => {
  const w = window as unknown as { __kept?: [Highlight, Range][] };
  if (show) {
    for (const [hl, r] of w.__kept ?? []) hl.add(r);
    const n = w.__kept?.length ?? 0;
    w.__kept = [];
    return n;
  }
  w.__kept = [];
  for (const [name, hl] of CSS.highlights) {
    if (!name.startsWith('gutcheck-')) continue;
    for (const r of [...(hl as Highlight)] as Range[]) {
      if (r.startContainer.getRootNode() instanceof ShadowRoot) {
        (hl as Highlight).delete(r);
        w.__kept.push([hl as Highlight, r]);
      }
    }
  }
  return w.__kept.length;
};

/** Where the passage of the last mark and the open card sit in the viewport. Run in the page. */
const lastMarkAndCardInPage = () => {
  const card = document.querySelector('gutcheck-ui')!.shadowRoot!.querySelector('[data-testid="gutcheck-card"]')!.getBoundingClientRect();
  let mark: DOMRect | null = null;
  for (const [name, hl] of CSS.highlights) if (name.startsWith('gutcheck-')) for (const r of hl as Highlight) mark = (r as Range).getBoundingClientRect();
  return { mark: mark && { top: mark.top, bottom: mark.bottom }, card: { top: card.top, bottom: card.bottom }, height: innerHeight };
};

export function describeHostilePages(launch: LaunchE2E, watch?: WatchWork): void {
  let browser: E2EBrowser;
  let work: WorkProbe | undefined;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The marked page against the same file where GutCheck does not run: text, DOM, fields and layout unchanged. */
  async function expectPageUnchanged(page: E2EPage, file: string): Promise<void> {
    const { ours: _ours, ...marked } = await page.evaluate(snapshotInPage, undefined);
    const baseline = await browser.openBaseline(file);
    const { ours: none, ...plain } = await baseline.evaluate(snapshotInPage, undefined);
    await baseline.close();
    expect(none, 'the baseline has no GutCheck').toEqual([]);
    expect(marked, `${file}: the page as it was`).toEqual(plain);
  }

  describe('a rich-text editor and a designMode frame', () => {
    let page: E2EPage;
    beforeAll(async () => {
      page = await browser.open('/hostile/editor.html');
    });

    it('marks the page’s own claims and nothing the reader is editing, and leaves the page as it was', async () => {
      const marks = await waitForMarks(page, { atLeast: 2 });
      expect(texts(marks)).toMatch(/Ibuprofen pokes holes/);
      expect(texts(marks)).toMatch(/Gluten causes leaky gut/);
      expect(await page.evaluate(() => document.getElementById('editor')!.textContent!.length, undefined), 'a long draft').toBeGreaterThan(4000);
      expect(await markedIn(page, '#editor')).toBe(0);
      expect(texts(marks)).not.toMatch(/Glutamine|Bone broth|Collagen/);
      expect(marks.filter((m) => m.forbidden)).toEqual([]);
      await expectPageUnchanged(page, 'hostile/editor.html');
    });

    it('a click that places the caret in the editor opens no card, and typing there is not read', async () => {
      const at = (await page.evaluate(pointInPage, '#draft'))!;
      await page.click(at.x, at.y);
      await page.type(' Bone broth heals leaky gut.');
      // The positive signal: a claim the page adds after the typing is marked, so GutCheck has
      // seen the changes made meanwhile; only then does the editor's lack of marks say anything.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.id = 'after-typing';
        p.textContent = 'Alcohol makes your gut leakier.';
        document.body.append(p);
      }, undefined);
      expect(await pollFor(() => markedIn(page, '#after-typing'), (n) => n > 0, 8000)).toBeGreaterThan(0);
      expect(await peekCard(page)).toBeNull();
      expect(await markedIn(page, '#editor')).toBe(0);
    });

    it('a block made editable after load loses its mark', async () => {
      expect(await markedIn(page, '#later')).toBeGreaterThan(0);
      await page.evaluate(() => document.getElementById('later')!.setAttribute('contenteditable', 'true'), undefined);
      expect(await pollFor(() => markedIn(page, '#later'), (n) => n === 0, 5000)).toBe(0);
      expect(await markedIn(page, '#outside')).toBeGreaterThan(0);
      await page.screenshot(`${browser.name}-hostile-editor.png`);
    });
  });

  it('draws a caption over a dark video in the light variant of its look, the text below in the usual one', async () => {
    const page = await browser.open('/hostile/dark-video.html');
    const marks = await waitForMarks(page, { atLeast: 2 });
    const named = (re: RegExp) => marks.filter((m) => re.test(m.text)).map((m) => m.name);
    expect(named(/Bone broth seals/)).toEqual(['gutcheck-unsupported-dark']);
    expect(named(/Ibuprofen pokes holes/)).toEqual(['gutcheck-supported']);
    await expectPageUnchanged(page, 'hostile/dark-video.html');
    await page.screenshot(`${browser.name}-hostile-dark-video.png`);
  });

  it('quotes page text that looks like markup as text: nothing of it becomes an element or runs', async () => {
    const page = await browser.open('/hostile/payload.html');
    const marks = await waitForMarks(page, { atLeast: 1 });
    const i = marks.findIndex((m) => /Bone broth/.test(m.text));
    expect(i).toBeGreaterThanOrEqual(0);
    const card = await openCardByPointer(page, marks[i]!.name, marks.slice(0, i).filter((m) => m.name === marks[i]!.name).length);
    // The card quotes the passage with the markup-like text in it, as text.
    expect(card.matched).toContain(`<img src=x onerror=self['__pwned']=1>`);
    expect(card.matched).toContain(`<script>self['__pwned']=2</script>`);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('gutcheck-ui')!.shadowRoot!;
      return {
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
        elementsFromText: root.querySelectorAll('img, script:not([src])').length + document.querySelectorAll('body img').length,
      };
    }, undefined);
    expect(seen).toEqual({ pwned: null, elementsFromText: 0 });
  });

  it('marks the first and the last claim of a 200,000-node page and leaves its text and height alone', async () => {
    const page = await browser.open('/hostile/huge.html');
    const marks = await waitForMarks(page, { atLeast: 2, timeoutMs: 30_000 });
    expect(texts(marks)).toMatch(/Ibuprofen pokes holes/);
    expect(texts(marks)).toMatch(/Bone broth seals the holes/);
    const now = await page.evaluate(() => {
      // The page's own text: GutCheck's host element (its card and live region) is not the page's.
      let h = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('gutcheck-ui, [data-gutcheck-ui]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n as Text).data;
        for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
      }
      const before = (window as unknown as { __before: { hash: number; height: number; nodes: number } }).__before;
      return { before, after: { hash: h, height: document.documentElement.scrollHeight } };
    }, undefined);
    expect(now.before.nodes, 'nodes in the page').toBeGreaterThanOrEqual(200_000);
    expect(now.after).toEqual({ hash: now.before.hash, height: now.before.height });
  });

  it('marks the claims at both ends of one 5 MB text node and leaves its text as it was', async () => {
    const page = await browser.open('/hostile/huge-text.html');
    const marks = await waitForMarks(page, { atLeast: 2, timeoutMs: 30_000 });
    expect(texts(marks)).toMatch(/Ibuprofen pokes holes/);
    expect(texts(marks)).toMatch(/Bone broth seals the holes/);
    const lengths = await page.evaluate(() => ({
      before: (window as unknown as { __before: { length: number } }).__before.length,
      after: (document.getElementById('log')!.firstChild as Text).data.length,
      nodes: document.getElementById('log')!.childNodes.length,
    }), undefined);
    expect(lengths.before, 'about 5 MB').toBeGreaterThan(5_000_000);
    expect(lengths).toEqual({ before: lengths.before, after: lengths.before, nodes: 1 });
    // Stepping to the last claim, at the very end of the node, brings it and its card on screen.
    await page.press('Alt+Shift+KeyP');
    const card = await readCard(page);
    expect(card.matched).toMatch(/Bone broth seals the holes/i);
    const seen = await pollFor(() => page.evaluate(lastMarkAndCardInPage, undefined), (s) => s.mark !== null && s.mark.top >= 0 && s.mark.bottom <= s.height, 5000);
    expect(seen.mark!.top, 'the passage is on screen').toBeGreaterThanOrEqual(0);
    expect(seen.mark!.bottom).toBeLessThanOrEqual(seen.height);
    expect(seen.card.top, 'the card is on screen').toBeGreaterThanOrEqual(0);
    expect(seen.card.top).toBeLessThan(seen.height);
    await page.press('Escape');
  });

  it('reads a table row by row: no mark crosses a cell, dosed ingredients borrow no promise', async () => {
    const page = await browser.open('/hostile/table.html');
    const marks = await waitForMarks(page, { atLeast: 2 });
    expect(texts(marks)).toMatch(/heal and seal your gut lining/);
    expect(texts(marks)).toMatch(/Bone broth seals the holes in your gut/);
    expect(await markedIn(page, '#facts')).toBe(0);
    expect(await markedIn(page, '#row-claim')).toBe(1);
    // Each mark lies inside one cell (or outside every table).
    const crossing = await page.evaluate(() => {
      const cellOf = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest('td,th') ?? null;
      const out: string[] = [];
      for (const [name, hl] of CSS.highlights) {
        if (!name.startsWith('gutcheck-')) continue;
        for (const r of hl as Highlight) if (cellOf((r as Range).startContainer) !== cellOf((r as Range).endContainer)) out.push(String(r));
      }
      return out;
    }, undefined);
    expect(crossing).toEqual([]);
    await expectPageUnchanged(page, 'hostile/table.html');
    await page.screenshot(`${browser.name}-hostile-table.png`);
  });

  it('marks the claim above and the one under 5,000 display:contents wrappers', async () => {
    const page = await browser.open('/hostile/deep.html');
    const marks = await waitForMarks(page, { atLeast: 2, timeoutMs: 15_000 });
    expect(texts(marks)).toMatch(/Ibuprofen pokes holes/);
    expect(texts(marks)).toMatch(/Bone broth seals the holes/);
    expect(await page.evaluate(() => document.querySelectorAll('#deep .w').length, undefined)).toBe(5000);
    await expectPageUnchanged(page, 'hostile/deep.html');
  });

  describe('a FAQ page with a closed <details> and a web component', () => {
    let page: E2EPage;
    beforeAll(async () => {
      page = await browser.open('/hostile/faq.html');
      await waitForMarks(page, { atLeast: 2 });
    });

    it('leaves the page as it was', async () => {
      await expectPageUnchanged(page, 'hostile/faq.html');
    });

    it('leaves the hidden answer alone until the reader opens it, then marks it', async () => {
      expect(texts(await readMarks(page))).toMatch(/Ibuprofen pokes holes/);
      expect(await markedIn(page, '#faq p')).toBe(0);
      const at = (await page.evaluate(pointInPage, '#faq summary'))!;
      await page.click(at.x, at.y);
      expect(await pollFor(() => markedIn(page, '#faq p'), (n) => n > 0, 5000)).toBeGreaterThan(0);
    });

    it('draws the mark inside the page’s own shadow root', async () => {
      expect(await markedIn(page, '#note')).toBe(1);
      await page.evaluate(pointInPage, '#note');
      const shown = readFileSync(await page.screenshot(`${browser.name}-shadow-mark-shown.png`));
      expect(await page.evaluate(toggleShadowMarksInPage, false)).toBe(1);
      const hidden = readFileSync(await page.screenshot(`${browser.name}-shadow-mark-hidden.png`));
      await page.evaluate(toggleShadowMarksInPage, true);
      expect(shown.equals(hidden), 'the screenshot changes when the shadow root’s mark is taken away').toBe(false);
    });

    it('Tab and Shift+Tab cycle inside the open card', async () => {
      await page.press('Alt+Shift+KeyN');
      await readCard(page);
      expect(await pollFor(() => page.evaluate(focusInPage, undefined), (f) => f.inCard, 3000)).toMatchObject({ inCard: true });
      const controls = await page.evaluate(
        () => document.querySelector('gutcheck-ui')!.shadowRoot!.querySelectorAll('[data-testid="gutcheck-card"] a[href], [data-testid="gutcheck-card"] button:not([disabled])').length,
        undefined,
      );
      for (let i = 0; i < controls + 2; i++) {
        await page.press('Tab');
        expect((await page.evaluate(focusInPage, undefined)).inCard, `Tab ${i + 1} stays in the card`).toBe(true);
      }
      await page.press('Shift+Tab');
      expect((await page.evaluate(focusInPage, undefined)).inCard).toBe(true);
    });

    it('Escape after the reader moved focus to the page closes the card and leaves focus there', async () => {
      await page.evaluate(() => {
        const b = document.createElement('button');
        b.id = 'page-button';
        b.textContent = 'Page button';
        document.body.append(b);
        b.focus();
      }, undefined);
      expect(await page.evaluate(focusInPage, undefined)).toMatchObject({ id: 'page-button', inCard: false });
      await page.press('Escape');
      expect(await pollFor(() => peekCard(page), (c) => c === null, 3000)).toBeNull();
      expect(await page.evaluate(focusInPage, undefined)).toMatchObject({ id: 'page-button', inCard: false });
    });
  });

  it('brings a claim deep inside one very long paragraph, and its card, on screen', async () => {
    const page = await browser.open('/hostile/long.html');
    await waitForMarks(page, { atLeast: 1 });
    await page.press('Alt+Shift+KeyN');
    await readCard(page);
    const seen = await page.evaluate(lastMarkAndCardInPage, undefined);
    expect(seen.mark!.top, 'the passage is on screen').toBeGreaterThanOrEqual(0);
    expect(seen.mark!.bottom).toBeLessThanOrEqual(seen.height);
    expect(seen.card.top, 'the card is on screen').toBeGreaterThanOrEqual(0);
    expect(seen.card.top).toBeLessThan(seen.height);
    await page.screenshot(`${browser.name}-hostile-long-paragraph.png`);
    await page.press('Escape');
    expect(await pollFor(() => peekCard(page), (c) => c === null, 3000)).toBeNull();
    await expectPageUnchanged(page, 'hostile/long.html');
  });

  it('offers every claim made on the same words, and shows the chosen one', async () => {
    const page = await browser.open('/hostile/overlap.html');
    await waitForMarks(page, { atLeast: 3 });
    // A click on "leaky gut", where the three claims' passages overlap.
    const at = (await page.evaluate(() => {
      const p = document.getElementById('caption')!;
      const text = p.firstChild as Text;
      const i = text.data.indexOf('leaky gut');
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 5);
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, undefined))!;
    await page.click(at.x, at.y);
    const first = await readCard(page);
    const others = () =>
      page.evaluate(
        () => [...(document.querySelector('gutcheck-ui')!.shadowRoot!.querySelectorAll('[data-testid="card-other"]') as NodeListOf<HTMLButtonElement>)].map((b) => b.textContent ?? ''),
        undefined,
      );
    const offered = await others();
    expect(offered).toHaveLength(2);
    const claimsSeen = new Set([first.claim]);
    await page.evaluate(() => (document.querySelector('gutcheck-ui')!.shadowRoot!.querySelector('[data-testid="card-other"]') as HTMLButtonElement).click(), undefined);
    const second = await pollFor(() => peekCard(page), (c) => c !== null && c.claim !== first.claim, 3000);
    claimsSeen.add(second!.claim);
    expect(offered[0]).toContain(second!.claim.replace(/^[^:]+:\s*/, ''));
    expect(await others()).toHaveLength(2);
    expect(claimsSeen.size).toBe(2);
    await page.screenshot(`${browser.name}-overlap-card.png`);
    await page.press('Escape');
    expect(await pollFor(() => peekCard(page), (c) => c === null, 3000)).toBeNull();
    await expectPageUnchanged(page, 'hostile/overlap.html');
  });

  it('reads a post in a custom element the page defines after load, with the checker running and when the post is the only gut-health text', async () => {
    for (const [path, own] of [['/hostile/late-element.html', true], ['/hostile/late-element.html?only', false]] as const) {
      const page = await browser.open(path);
      // The posts' shadow roots are attached 2 s after load: wait past the first looks (0.25-2 s).
      const marks = await waitForMarks(page, { atLeast: own ? 2 : 1, timeoutMs: 12_000, quietMs: 1_500 });
      expect(texts(marks), path).toMatch(/bone broth seals the holes/i);
      if (own) expect(texts(marks)).toMatch(/Ibuprofen pokes holes/);
      else expect(marks).toHaveLength(1);
    }
  });

  it('reads a post inside a closed shadow root: marked, drawn, and a click there opens its card', async () => {
    for (const [path, own] of [['/hostile/closed-shadow.html?only', false], ['/hostile/closed-shadow.html', true]] as const) {
      const page = await browser.open(path);
      const marks = await waitForMarks(page, { atLeast: own ? 2 : 1 });
      expect(texts(marks), path).toMatch(/bone broth seals the holes/i);
      expect(await markedIn(page, '#claim-post'), path).toBe(1);
      if (!own) expect(marks, 'the watch script found the topic inside the closed root').toHaveLength(1);
      else {
        const i = marks.findIndex((m) => /bone broth/i.test(m.text));
        const card = await openCardByPointer(page, marks[i]!.name, marks.slice(0, i).filter((m) => m.name === marks[i]!.name).length);
        expect(card.matched).toMatch(/bone broth seals the holes/i);
        await page.press('Escape');
        expect(await pollFor(() => peekCard(page), (c) => c === null, 3000)).toBeNull();
        const shown = readFileSync(await page.screenshot(`${browser.name}-closed-shadow-shown.png`));
        expect(await page.evaluate(toggleShadowMarksInPage, false)).toBe(1);
        const hidden = readFileSync(await page.screenshot(`${browser.name}-closed-shadow-hidden.png`));
        await page.evaluate(toggleShadowMarksInPage, true);
        expect(shown.equals(hidden), 'the mark inside the closed root is drawn').toBe(false);
        await expectPageUnchanged(page, 'hostile/closed-shadow.html');
      }
    }
  });

  it('reads a long article block by block with the blocks either side: a claim refuted in the next paragraph is context', async () => {
    const page = await browser.open('/hostile/refuted-next.html');
    const marks = await waitForMarks(page, { atLeast: 2 });
    const named = (re: RegExp) => marks.filter((m) => re.test(m.text)).map((m) => m.name);
    expect(await page.evaluate(() => document.getElementById('article')!.textContent!.length, undefined), 'longer than one unit').toBeGreaterThan(4000);
    expect(named(/bone broth heals the holes/i)).toEqual(['gutcheck-context']);
    expect(named(/Ibuprofen pokes holes/)).toEqual(['gutcheck-supported']);
  });

  it('reads a paragraph again when only the one beside it changes: the refutation taken away, then put back', async () => {
    const page = await browser.open('/hostile/refuted-next.html');
    await waitForMarks(page, { atLeast: 2 });
    const myth = async () => (await readMarks(page)).filter((m) => /bone broth heals the holes/i.test(m.text)).map((m) => m.name);
    expect(await myth()).toEqual(['gutcheck-context']);
    const setFact = (text: string) => page.evaluate((t) => void (document.getElementById('fact')!.textContent = t), text);
    const refutation = await page.evaluate(() => document.getElementById('fact')!.textContent!, undefined);
    await setFact('Broth is a fine soup, and many people enjoy a mug of it on a cold evening.');
    const made = await pollFor(myth, (names) => names.length === 1 && names[0] !== 'gutcheck-context');
    expect(made, 'without the refutation beside it, the claim is marked as made').toEqual(['gutcheck-unsupported']);
    await setFact(refutation);
    expect(await pollFor(myth, (names) => names[0] === 'gutcheck-context'), 'with it back, context again').toEqual(['gutcheck-context']);
    // A block that is not prose (an ad) put between them ends what the claim reads beside it;
    // taken away again, the refutation is its neighbour once more.
    await page.evaluate(() => void document.getElementById('myth')!.after(Object.assign(document.createElement('div'), { id: 'ad', textContent: 'Advertisement' })), undefined);
    expect(await pollFor(myth, (names) => names[0] === 'gutcheck-unsupported'), 'an ad between them').toEqual(['gutcheck-unsupported']);
    await page.evaluate(() => void document.getElementById('ad')!.remove(), undefined);
    expect(await pollFor(myth, (names) => names[0] === 'gutcheck-context'), 'the ad taken away').toEqual(['gutcheck-context']);
  });

  it('announces nothing to the page: a page listening for GutCheck’s start-up events hears none', async () => {
    const id = await browser.runtimeId();
    const names = ['watch', 'scan'].map((script) => `${id}:${script}:wxt:content-script-started`);
    const page = await browser.open(`/hostile/eavesdrop.html#${encodeURIComponent(names.join('|'))}`);
    // Both scripts ran: the watch script found the topic and the checker marked the claim.
    expect(texts(await waitForMarks(page, { atLeast: 1 }))).toMatch(/Ibuprofen pokes holes/);
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard, undefined)).toEqual([]);
  });

  it('leaves a frame of another origin alone, without an error, and marks the page’s own claim', async () => {
    const page = await browser.open('/hostile/cross-frame.html');
    const marks = await waitForMarks(page, { atLeast: 1 });
    expect(await page.evaluate(() => (document.getElementById('embed') as HTMLIFrameElement).contentDocument, undefined), 'the frame is out of the page’s reach').toBeNull();
    expect(texts(marks)).toMatch(/Ibuprofen pokes holes/);
    expect(texts(marks)).not.toMatch(/Bone broth/);
    await expectPageUnchanged(page, 'hostile/cross-frame.html');
  });

  it('reads a frame the page adds after load, once it has loaded', async () => {
    const page = await browser.open('/hostile/frame-late.html');
    expect(texts(await waitForMarks(page, { atLeast: 1 }))).toMatch(/Ibuprofen pokes holes/);
    const inFrame = () =>
      page.evaluate(() => {
        const view = (document.getElementById('embed') as HTMLIFrameElement | null)?.contentWindow as (Window & typeof globalThis) | null;
        if (!view?.CSS?.highlights) return [];
        const out: string[] = [];
        for (const [name, hl] of view.CSS.highlights) if (name.startsWith('gutcheck-')) for (const r of hl as Highlight) out.push((r as Range).toString());
        return out;
      }, undefined);
    const marks = await pollFor(inFrame, (m) => m.length > 0, 15_000, 200);
    expect(marks.join(' | ')).toMatch(/bone broth seals the holes/i);
    // A click on the passage inside the frame opens its card (the pointer listens in the frame).
    const at = await page.evaluate(() => {
      const frame = document.getElementById('embed') as HTMLIFrameElement;
      const view = frame.contentWindow as Window & typeof globalThis;
      for (const [name, hl] of view.CSS.highlights) {
        if (!name.startsWith('gutcheck-')) continue;
        for (const r of hl as Highlight) {
          const box = (r as Range).getClientRects()[0]!;
          const f = frame.getBoundingClientRect();
          return { x: f.left + frame.clientLeft + box.left + Math.min(20, box.width / 2), y: f.top + frame.clientTop + box.top + box.height / 2 };
        }
      }
      return null;
    }, undefined);
    expect(at, 'the mark in the frame has a box').not.toBeNull();
    await page.click(at!.x, at!.y);
    const card = await pollFor(() => peekCard(page), (c) => c !== null, 5000);
    expect(card?.matched ?? '').toMatch(/bone broth seals the holes/i);
    await page.press('Escape');
  });

  it('draws marks and a styled card under a strict Content-Security-Policy', async () => {
    const page = await browser.open('/hostile/csp.html');
    const marks = await waitForMarks(page, { atLeast: 2 });
    expect(texts(marks)).toMatch(/Ibuprofen pokes holes/);
    await openCardByPointer(page, marks[0]!.name, 0);
    const look = await page.evaluate(() => {
      const card = document.querySelector('gutcheck-ui')!.shadowRoot!.querySelector('[data-testid="gutcheck-card"]')!;
      const style = getComputedStyle(card);
      return { padding: style.padding, position: getComputedStyle(card.parentElement!).position };
    }, undefined);
    expect(look).toEqual({ padding: '12px 14px', position: 'fixed' });
    // Closed before the baseline tab opens: one CI run in Chromium saw the card stay open
    // when Escape came after the baseline tab had been opened and closed.
    await page.press('Escape');
    expect(await pollFor(() => peekCard(page), (c) => c === null, 3000)).toBeNull();
    const baseline = await browser.openBaseline('hostile/csp.html');
    const plain = readFileSync(await baseline.screenshot(`${browser.name}-csp-baseline.png`));
    await baseline.close();
    const marked = readFileSync(await page.screenshot(`${browser.name}-csp-marked.png`));
    expect(marked.equals(plain), 'the marks are drawn').toBe(false);
    await expectPageUnchanged(page, 'hostile/csp.html');
  });

  it('puts its style and shadow host back when the page removes them', async () => {
    const page = await browser.open('/hostile/removal.html');
    const first = await waitForMarks(page, { atLeast: 1 });
    await openCardByPointer(page, first[0]!.name, 0); // mounts the shadow host
    await page.press('Escape');
    const removed = await page.evaluate(() => {
      const ours = [...document.querySelectorAll('[data-gutcheck-ui], gutcheck-ui')];
      (window as unknown as { tidy(): void }).tidy();
      return ours.filter((el) => !el.isConnected).length;
    }, undefined);
    expect(removed, 'the page removed our style and our shadow host').toBe(2);
    await page.evaluate(() => (window as unknown as { addPost(): void }).addPost(), undefined);
    expect(await pollFor(() => markedIn(page, '#later'), (n) => n > 0, 5000)).toBeGreaterThan(0);
    const card = await openCardByPointer(page, (await readMarks(page)).find((m) => /Bone broth/.test(m.text))!.name, 0);
    expect(card.verdict).not.toBe('');
    expect(await page.evaluate(() => document.querySelectorAll('style[data-gutcheck-ui]').length + document.adoptedStyleSheets.length, undefined)).toBeGreaterThan(0);
  });

  it('runs in its own world on a page that breaks the DOM’s built-ins', async () => {
    const page = await browser.open('/hostile/override.html');
    await sleep(1500);
    const baseline = await browser.openBaseline('hostile/override.html');
    const plain = readFileSync(await baseline.screenshot(`${browser.name}-override-baseline.png`));
    await baseline.close();
    const shown = readFileSync(await pollForShot(page, plain));
    expect(shown.equals(plain), 'the marks are drawn').toBe(false);
    await page.press('Alt+Shift+KeyN');
    expect(await pollFor(() => peekCard(page), (c) => c !== null, 5000)).not.toBeNull();
  });

  /** Screenshots the page until it differs from `plain` (the marks are painted), for up to 8 s. */
  async function pollForShot(page: E2EPage, plain: Buffer): Promise<string> {
    let path = '';
    await pollFor(
      async () => {
        path = await page.screenshot(`${browser.name}-override-marked.png`);
        return readFileSync(path);
      },
      (shot) => !shot.equals(plain),
      8000,
      300,
    );
    return path;
  }

  it('keeps the English card left-to-right on a right-to-left page', async () => {
    const page = await browser.open('/hostile/rtl.html');
    const marks = await waitForMarks(page, { atLeast: 1 });
    await openCardByPointer(page, marks[0]!.name, 0);
    const dir = await page.evaluate(() => {
      const card = document.querySelector('gutcheck-ui')!.shadowRoot!.querySelector('[data-testid="gutcheck-card"]')!;
      const close = card.querySelector('[data-testid="card-close"]')!.getBoundingClientRect();
      const box = card.getBoundingClientRect();
      return { direction: getComputedStyle(card).direction, attr: card.getAttribute('dir'), closeOnRight: close.left > box.left + box.width / 2 };
    }, undefined);
    expect(dir).toEqual({ direction: 'ltr', attr: 'ltr', closeOnRight: true });
    await page.screenshot(`${browser.name}-hostile-rtl-card.png`);
    await page.press('Escape');
    // In the line of mixed script, the mark is the English claim, none of the Arabic around it.
    const mixed = await pollFor(() => readMarks(page), (m) => m.some((x) => /Bone broth/.test(x.text)), 5000);
    expect(mixed.map((m) => m.text)).toContain('Bone broth seals the holes in your gut');
    expect(texts(mixed)).not.toMatch(/[\u0600-\u06FF]/);
    expect(await markedIn(page, '#mixed')).toBe(1);
    await expectPageUnchanged(page, 'hostile/rtl.html');
  });

  describe('a ticker changing its text 60 times a second beside a claim', () => {
    let page: E2EPage;
    let ticks = 0;
    beforeAll(async () => {
      page = await browser.open('/hostile/ticker.html');
      await waitForMarks(page, { atLeast: 1 });
      work = await watch?.(page);
    });

    it('keeps the claim’s mark as it is while the ticker runs (no rescan loop)', async () => {
      expect(await rememberRanges(page)).toBe(1);
      await work?.reset();
      ticks = await page.evaluate(() => (window as unknown as { startTicker(ms: number): Promise<number> }).startTicker(3000), undefined);
      expect(ticks, 'the ticker ran at about 60 changes a second').toBeGreaterThan(90);
      expect(await rangesKept(page), 'the mark kept as the same Range').toEqual({ kept: 1, remembered: 1, now: 1 });
      expect(await page.evaluate(() => document.getElementById('ticker')!.textContent, undefined)).toBe(`Markets: ${ticks} points up, ${(ticks * 7) % 100} down`);
    });

    if (watch) {
      it('reads the ticker about once a second, then goes quiet when it stops (Chromium: the work probe)', async () => {
        const during = await work!.counts(['#ticker']);
        expect(during.readsWithin['#ticker'], 'the ticker was read (GutCheck is awake)').toBeGreaterThan(0);
        expect(during.readsWithin['#ticker'], `ticker reads over ${ticks} changes in 3 s`).toBeLessThanOrEqual(5);
        expect(during.marksAdded + during.marksRemoved, 'marks painted or removed').toBe(0);
        // A change read late is read within a second or two of the last tick; then nothing.
        await sleep(2500);
        await work!.reset();
        await sleep(2000);
        const after = await work!.counts();
        expect({ reads: after.reads, added: after.marksAdded, removed: after.marksRemoved }, 'work after the ticker stopped').toEqual({ reads: 0, added: 0, removed: 0 });
      });
    }

    it('marks a claim the ticker ends on: a node left out while it ticks is read again when handed back', async () => {
      await page.evaluate(() => new Promise<void>((done) => {
        const text = document.getElementById('ticker')!.firstChild as Text;
        let n = 0;
        const tick = () => {
          n++;
          text.data = n < 60 ? `Markets: ${n} points up` : 'Markets close. A reader adds: bone broth seals the holes in your gut.';
          if (n < 60) requestAnimationFrame(tick);
          else done();
        };
        requestAnimationFrame(tick);
      }), undefined);
      const marks = await waitForMarks(page, { atLeast: 2 });
      expect(marks.map((m) => m.text).join(' ')).toMatch(/bone broth seals the holes/i);
    });
  });

  itLeavesNoTrace(() => browser, async () => void (await work?.detach().catch(() => undefined)));
}
