import { describe, expect, it } from 'vitest';
import { besideRemoved, changedNodes, mayShowOrHide } from '@/entrypoints/scan.content/change-router';
import { blocksBeside } from '@/entrypoints/scan.content/context';
import { MarkStore } from '@/entrypoints/scan.content/mark-store';
import { planUnits } from '@/entrypoints/scan.content/units';

/** Collects the records a change produces, the way the content script's observer sees them. */
async function recordsOf(target: Node, change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(target, { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ['class', 'style'] });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('class and style changes', () => {
  it('keeps changes that may show or hide text, drops those that cannot', async () => {
    document.body.innerHTML = '<p class="caption collapsed" style="opacity: 1">Day 14 <span class="rest" style="display: none">the rest</span></p>';
    const p = document.querySelector('p')!;
    const rest = document.querySelector<HTMLElement>('.rest')!;
    const kept = async (change: () => void) => (await recordsOf(document.body, change)).map(mayShowOrHide);

    expect(await kept(() => p.classList.remove('collapsed')), 'class removed').toEqual([true]);
    expect(await kept(() => p.setAttribute('class', p.getAttribute('class')!)), 'class set to what it was').toEqual([false]);
    expect(await kept(() => (p.style.opacity = '0.5')), 'opacity').toEqual([false]);
    expect(await kept(() => (p.style.transform = 'translateX(3px)')), 'transform').toEqual([false]);
    expect(await kept(() => (rest.style.display = 'inline')), 'display none -> inline').toEqual([true]);
    expect(await kept(() => (rest.style.visibility = 'hidden')), 'visibility').toEqual([true]);
    expect(await kept(() => rest.removeAttribute('style')), 'style removed, which had visibility').toEqual([true]);
  });

  it('routes a kept class change to its element and ignores our own host', async () => {
    document.body.innerHTML = '<article role="article"><p class="collapsed">text</p></article><div data-gutcheck-ui="" class="a"></div>';
    const records = await recordsOf(document.body, () => {
      document.querySelector('p')!.className = '';
      document.querySelector('[data-gutcheck-ui]')!.className = 'b';
    });
    expect(changedNodes(records, document, () => false, () => undefined)).toEqual([document.querySelector('p')]);
  });
});

describe('stale nodes (left unobserved while they kept changing)', () => {
  it('are read like changed nodes: a split container by its children, ours and what lies outside <body> dropped', () => {
    document.head.innerHTML = '<title>1 new message</title>';
    document.body.innerHTML = '<section id="feed"><article id="p1">one</article><article id="p2">two</article><div data-gutcheck-ui=""></div></section><span id="clock">12:00</span>';
    const feed = document.getElementById('feed')!;
    const stale = [feed, document.getElementById('clock')!, document.querySelector('title')!];
    const nodes = changedNodes([], document, (el) => el === feed, () => undefined, stale);
    expect(nodes.map((n) => (n as Element).id)).toEqual(['p1', 'p2', 'clock']);
  });
});

describe('blocks beside a change (their context may have changed)', () => {
  it('names the elements either side of a block an article lost, and nothing for a container that is not split', async () => {
    document.body.innerHTML = '<main id="a"><p id="p1">one</p>\n<p id="p2">two</p>\n<!-- c --><p id="p3">three</p></main><div id="b"><p>x</p><p id="y">y</p></div>';
    const main = document.getElementById('a')!;
    const records = await recordsOf(document.body, () => {
      document.getElementById('p2')!.remove();
      document.getElementById('y')!.remove();
    });
    const ids = besideRemoved(records, (el) => el === main).map((el) => el.id);
    expect(ids).toEqual(['p1', 'p3']);
  });

  it('are the prose blocks a unit may read as neighbours, past scripts, up to the first block that is not prose', () => {
    document.body.innerHTML = '<main><div id="ad"></div><p id="a">a</p><script></script><p id="b">b</p><div id="mid"></div><p id="c">c</p><ul id="d"><li>d</li></ul></main>';
    const ids = (id: string) => blocksBeside(document.getElementById(id)!).map((el) => el.id);
    expect(ids('b')).toEqual(['a']);
    // Within three steps either side: the nearest may be empty, and then the one past it is read.
    expect(ids('mid'), 'an element inserted between two paragraphs').toEqual(['b', 'a', 'c', 'd']);
    expect(ids('c')).toEqual(['d']);
  });
});

describe('a feed container taken out and put back', () => {
  it('is forgotten as a split container once its units are pruned, so it is planned again', () => {
    document.body.innerHTML = '<main><div id="tab"><article>one</article><article>two</article></div></main>';
    const store = new MarkStore();
    const main = document.querySelector('main')!;
    const tab = document.getElementById('tab')!;
    for (const unit of planUnits(document.body, store.split)) store.setUnit(unit, { text: unit.textContent!, contextKey: '' }, [], [], true);
    expect(store.split.has(tab)).toBe(true);

    tab.remove();
    store.pruneDisconnected();
    expect(store.units.size).toBe(0);
    expect(store.split.has(tab), 'removed container').toBe(false);
    expect(store.split.has(main), 'container still in the page').toBe(true);
  });
});
