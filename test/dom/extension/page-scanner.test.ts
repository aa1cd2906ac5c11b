import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimHit, Matcher } from '@/claims/engine';
import type { Mark } from '@/entrypoints/scan.content/anchor';
import { MarkStore } from '@/entrypoints/scan.content/mark-store';
import { PageScanner, textWindows, WINDOW_CHARS } from '@/entrypoints/scan.content/page-scanner';
import { createWorkQueue } from '@/entrypoints/scan.content/work-queue';

/** Test double for the engine: every "bone broth" is an asserted hit. Records what it was asked to scan. */
function keywordMatcher(scanned: string[]): Matcher {
  return {
    scan(text) {
      scanned.push(text);
      const hits: ClaimHit[] = [];
      for (const m of text.matchAll(/bone broth/g)) {
        hits.push({ id: 'bone-broth-heals-gut', stance: 'asserts', start: m.index, end: m.index + 10, matched: ['bone broth'], score: 1, confidence: 1, why: [] });
      }
      return hits;
    },
  };
}

function setup(maxIdle = vi.fn()) {
  const scanned: string[] = [];
  const store = new MarkStore();
  const shown = new Set<Mark>();
  const queue = createWorkQueue({ yieldToPage: async () => {}, onIdle: maxIdle });
  const matcher = keywordMatcher(scanned);
  const scanner = new PageScanner(store, queue, () => matcher, () => 'unsupported', {
    added: (marks) => marks.forEach((m) => shown.add(m)),
    removed: (marks) => marks.forEach((m) => shown.delete(m)),
    foundRoot: () => {},
  });
  const settle = () => vi.waitFor(() => expect(queue.running || queue.pending > 0).toBe(false));
  return { scanned, store, shown, scanner, settle };
}

const post = (text: string) => `<article role="article"><p>${text}</p><p>${'filler words here. '.repeat(150)}</p></article>`;

describe('one huge text node', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('is matched in windows of at most WINDOW_CHARS, one job each, and its claims land on the right words', async () => {
    const filler = 'We talked about the weather and the drive home. ';
    const text = `${filler.repeat(1500)}Then: bone broth, she said. ${filler.repeat(1500)}And bone broth again.`;
    document.body.innerHTML = '<p id="log"></p>';
    document.getElementById('log')!.textContent = text; // one text node, about 150,000 characters
    const t = setup();
    t.scanner.scanAll(document.body);
    await t.settle();
    expect(t.scanned.length, 'windows scanned').toBeGreaterThan(text.length / WINDOW_CHARS);
    expect(Math.max(...t.scanned.map((w) => w.length))).toBeLessThanOrEqual(WINDOW_CHARS);
    expect(t.scanned.join('')).toBe(text); // the windows cover the text exactly once, in order
    expect([...t.shown].map((m) => m.range.toString())).toEqual(['bone broth', 'bone broth']);
  });

  it('keeps each text node once, though a <pre> gives one segment per line (Firefox copies data at each read)', async () => {
    document.body.innerHTML = '<pre id="log"></pre>';
    const pre = document.getElementById('log')!;
    pre.textContent = `bone broth\n${'a log line of no interest\n'.repeat(2000)}`;
    const t = setup();
    t.scanner.scanAll(document.body);
    await t.settle();
    expect(t.shown.size).toBe(1);
    expect(t.store.units.get(pre)?.nodes).toEqual([pre.firstChild]);
  });

  it('drops a windowed scan whose text changed before it finished (the change rescans it)', async () => {
    document.body.innerHTML = '<p id="log"></p>';
    const node = document.createTextNode(`${'Plain words only here. '.repeat(3000)}bone broth.`);
    document.getElementById('log')!.append(node);
    const t = setup();
    // The page rewrites the node while the first window is being matched, keeping its length:
    // the old offsets would now fall on other words.
    const push = t.scanned.push.bind(t.scanned);
    t.scanned.push = (...texts: string[]) => {
      node.data = 'z'.repeat(node.data.length);
      return push(...texts);
    };
    t.scanner.scanAll(document.body);
    await t.settle();
    expect(t.scanned.length, 'more than one window').toBeGreaterThan(1);
    expect(t.shown.size).toBe(0);
  });
});

describe('incremental scanning', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('scans the page once, then only the posts a feed appends', async () => {
    document.body.innerHTML = `<main id="feed">${post('one: bone broth')}${post('two: nothing')}${post('three: bone broth')}</main>`;
    const t = setup();
    t.scanner.scanAll(document.body);
    await t.settle();
    expect(t.shown.size).toBe(2);
    expect(t.scanned).toHaveLength(3);

    t.scanned.length = 0;
    const feed = document.querySelector('#feed')!;
    feed.insertAdjacentHTML('beforeend', post('four: bone broth'));
    t.scanner.scanChanged([feed.lastElementChild!]);
    await t.settle();
    expect(t.scanned).toHaveLength(1);
    expect(t.scanned[0]).toContain('four');
    expect(t.shown.size).toBe(3);
  });

  it('rescans only the changed post on "see more", and skips rescans that change nothing', async () => {
    document.body.innerHTML = `<main id="feed">${post('first')}${post('second <span id="more">…</span>')}</main>`;
    const t = setup();
    t.scanner.scanAll(document.body);
    await t.settle();
    expect(t.shown.size).toBe(0);
    t.scanned.length = 0;
    document.querySelector('#more')!.textContent = 'and then bone broth fixed me';
    t.scanner.scanChanged([document.querySelector('#more')!.firstChild!]);
    await t.settle();
    expect(t.scanned).toHaveLength(1);
    expect(t.shown.size).toBe(1);
    t.scanned.length = 0;
    t.scanner.scanChanged([document.querySelector('#more')!]);
    await t.settle();
    expect(t.scanned).toHaveLength(0);
  });

  it('drops the marks of posts the page removed, and replaces marks of a rewritten post', async () => {
    document.body.innerHTML = `<main id="feed">${post('a bone broth')}${post('b bone broth')}</main>`;
    const t = setup();
    t.scanner.scanAll(document.body);
    await t.settle();
    const [first, second] = document.querySelectorAll('article');
    first!.remove();
    expect(t.store.pruneDisconnected()).toHaveLength(1);
    second!.querySelector('p')!.textContent = 'now about soup';
    t.scanner.scanChanged([second!.querySelector('p')!]);
    await t.settle();
    expect([...t.store.marks()]).toHaveLength(0);
  });

  it('splits a unit that grew past the size limit instead of rereading it whole every time', async () => {
    const block = (text: string) => `<div class="post"><p>${text}</p><p>${'filler words here. '.repeat(150)}</p></div>`;
    document.body.innerHTML = `<main id="feed">${block('one')}</main>`;
    const t = setup();
    t.scanner.scanAll(document.body);
    await t.settle();
    expect(t.store.units.has(document.body)).toBe(true);
    const feed = document.querySelector('#feed')!;
    for (let i = 0; i < 5; i++) feed.insertAdjacentHTML('beforeend', block(`more ${i} bone broth`));
    t.scanner.scanChanged([feed]);
    await t.settle();
    expect(t.store.units.has(document.body)).toBe(false);
    expect(t.store.units.size).toBe(6);
    expect(t.shown.size).toBe(5);
    t.scanned.length = 0;
    feed.insertAdjacentHTML('beforeend', block('latest bone broth'));
    t.scanner.scanChanged([feed.lastElementChild!]);
    await t.settle();
    expect(t.scanned).toHaveLength(1);
  });

  it('reads each post of a small feed on its own, and keeps untouched marks (same Range) on a change', async () => {
    document.body.innerHTML = '<main id="feed"><article><p>a bone broth</p></article><div role="article"><p id="b">b <span id="more">…</span></p></div></main>';
    const t = setup();
    t.scanner.scanAll(document.body);
    await t.settle();
    expect(t.store.units.size).toBe(2);
    const before = [...t.shown];
    document.querySelector('#feed')!.insertAdjacentHTML('beforeend', '<article><p>c bone broth</p></article>');
    t.scanned.length = 0;
    t.scanner.scanChanged([document.querySelector('#feed')!.lastElementChild!]);
    await t.settle();
    expect(t.scanned).toEqual(['c bone broth']);
    for (const m of before) expect(t.shown.has(m)).toBe(true);
  });

  it('reconciles a rescan: a passage that did not move keeps its Mark', async () => {
    document.body.innerHTML = '<article id="a"><p>bone broth here <span id="more">…</span></p></article>';
    const t = setup();
    t.scanner.scanAll(document.body);
    await t.settle();
    const [first] = [...t.shown];
    document.querySelector('#more')!.textContent = 'and also bone broth there';
    t.scanner.scanChanged([document.querySelector('#more')!]);
    await t.settle();
    expect(t.shown.size).toBe(2);
    expect(t.shown.has(first!)).toBe(true);
  });
});

describe('textWindows', () => {
  it('covers the text exactly, ends windows after a sentence near the limit, and handles text without one', () => {
    const text = 'One two three. '.repeat(100);
    const windows = textWindows(text, 200);
    expect(windows.map(([a, b]) => text.slice(a, b)).join('')).toBe(text);
    for (const [a, b] of windows.slice(0, -1)) {
      expect(b - a).toBeLessThanOrEqual(200);
      expect(text.slice(a, b)).toMatch(/\.$/);
    }
    const solid = 'x'.repeat(1000);
    expect(textWindows(solid, 300)).toEqual([[0, 300], [300, 600], [600, 900], [900, 1000]]);
    expect(textWindows('', 300)).toEqual([]);
  });
});
