import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuietObserver, type QuietObserver } from '@/entrypoints/lib/quiet-observer';

/*
 * The observer both content scripts watch pages with: exact everywhere, except that a node which
 * keeps changing is left out for a second at a time and handed back as stale. Driven on
 * happy-dom; the real browsers run it in every end-to-end test and in the idle benchmark.
 */
let quiet: QuietObserver;
let heard: Node[];
let stale: Node[][];
const INIT: MutationObserverInit = { childList: true, characterData: true, attributes: true, attributeFilter: ['class'] };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const byId = (id: string) => document.getElementById(id)!;

/** Changes the ticker's text every 20 ms, `times` times: a node that keeps changing. */
async function tick(times: number): Promise<void> {
  for (let i = 1; i <= times; i++) {
    await pause(20);
    byId('ticker').textContent = `Score ${i}`;
  }
}

beforeEach(() => {
  document.body.innerHTML = '<main id="main"><p id="a">First.</p><p id="b">Second.</p></main><aside><p>Live: <span id="ticker">0</span></p></aside>';
  heard = [];
  stale = [];
  quiet = createQuietObserver({
    init: INIT,
    onRecords: (records) => heard.push(...records.map((r) => r.target)),
    onStale: (nodes) => stale.push(nodes),
  });
  quiet.observe(document);
});
afterEach(() => quiet.disconnect());

describe('createQuietObserver', () => {
  it('hears a change anywhere on a quiet page', async () => {
    byId('a').textContent = 'Changed.';
    await pause(10);
    expect(heard).toContain(byId('a'));
  });

  it('stops hearing a node that keeps changing, and hands it back as stale a second later', async () => {
    await tick(3);
    const before = heard.filter((n) => n === byId('ticker')).length;
    await tick(10);
    expect(heard.filter((n) => n === byId('ticker')).length, 'left out: no record from its ticks').toBe(before);
    await vi.waitFor(() => expect(stale.flat()).toContain(byId('ticker')), { timeout: 2000 });
  });

  it('while it keeps ticking, hands the node back whole once a release and passes on none of its records', async () => {
    await tick(3);
    const early = heard.filter((n) => n === byId('ticker')).length;
    await tick(70); // about 1.4 s, past one release
    expect(heard.filter((n) => n === byId('ticker')).length, 'no record of the ticker passed on after it was left out').toBe(early);
    expect(stale.flat().filter((n) => n === byId('ticker'))).toHaveLength(1);
  });

  it('hears the rest of the page exactly while a ticker is left out: siblings, ancestors\' attributes, the ticker\'s own neighbours', async () => {
    await tick(3);
    heard = [];
    byId('b').textContent = 'Second, changed.';
    byId('main').className = 'expanded';
    (byId('ticker').previousSibling as Text).data = 'Live now: ';
    byId('ticker').parentElement!.className = 'flash';
    await pause(10);
    expect(heard).toEqual(expect.arrayContaining([byId('b'), byId('main'), byId('ticker').previousSibling, byId('ticker').parentElement]));
  });

  it('hears changes inside what is added beside the chain while a ticker is left out', async () => {
    await tick(3);
    const post = document.createElement('article');
    post.innerHTML = '<p>New post</p>';
    document.body.append(post);
    await pause(10);
    heard = [];
    post.querySelector('p')!.textContent = 'New post, edited';
    await pause(10);
    expect(heard).toContain(post.querySelector('p'));
  });

  it('never leaves out <body> or a root: a page that appends to <body> every frame is heard every time', async () => {
    for (let i = 0; i < 6; i++) {
      await pause(20);
      document.body.append(document.createElement('div'));
    }
    await pause(10);
    expect(heard.filter((n) => n === document.body)).toHaveLength(6);
    await pause(1100);
    expect(stale).toEqual([]);
  });

  it('leaves a node with a long text in the observation: reading it again would cost more than its callbacks', async () => {
    byId('ticker').insertAdjacentText('afterend', 'x'.repeat(6000));
    await pause(150);
    heard = [];
    for (let i = 0; i < 6; i++) {
      await pause(20);
      byId('ticker').parentElement!.className = `flash-${i}`;
    }
    await pause(10);
    expect(heard.filter((n) => n === byId('ticker').parentElement)).toHaveLength(6);
  });

  it('keeps hearing a ticker whose chain has too many siblings to observe one by one', async () => {
    byId('main').insertAdjacentHTML('beforeend', '<p>row</p>'.repeat(2100));
    byId('main').append(byId('ticker'));
    for (let i = 0; i < 6; i++) {
      await pause(20);
      byId('ticker').textContent = `Score ${i}`;
    }
    await pause(10);
    // Heard at every tick (happy-dom reports a text replaced by textContent as one or two records).
    expect(heard.filter((n) => n === byId('ticker')).length).toBeGreaterThanOrEqual(6);
  });

  it('observes nothing more once disconnected from inside its own listener, in the callback that left a ticker out', async () => {
    quiet.disconnect();
    quiet = createQuietObserver({
      init: INIT,
      onRecords: (records) => {
        heard.push(...records.map((r) => r.target));
        if (records.some((r) => r.target === byId('a'))) quiet.disconnect(); // the watch found its word here
      },
      onStale: (nodes) => stale.push(nodes),
    });
    quiet.observe(document);
    await tick(1);
    await pause(20);
    byId('ticker').textContent = 'Score 2'; // the second quick change: the ticker is left out in this callback
    byId('a').textContent = 'Gut news.';
    await pause(10);
    expect(heard, 'the ticker left out, the other change passed on').toContain(byId('a'));
    heard = [];
    byId('b').textContent = 'After.';
    await tick(2);
    await pause(1200);
    expect(heard).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('stops altogether on disconnect: no records, no stale hand-back', async () => {
    await tick(3);
    quiet.disconnect();
    heard = [];
    byId('a').textContent = 'After.';
    await pause(1200);
    expect(heard).toEqual([]);
    expect(stale).toEqual([]);
  });
});
