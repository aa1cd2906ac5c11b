import { beforeEach, describe, expect, it } from 'vitest';
import { parentOf, planUnits, unitFor, unitPlanner, type UnitIndex } from '@/entrypoints/scan.content/units';

const para = (n: number) => `<p>${'word '.repeat(n)}</p>`;

describe('scan units', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads a small page whole and splits a big one into its posts', () => {
    document.body.innerHTML = `<main>${para(10)}</main>`;
    expect(planUnits(document.body, new WeakSet(), 4000)).toEqual([document.body]);
    document.body.innerHTML = `<main id="feed">${'<article>' + para(300) + '</article>'.repeat(1)}${'<article>' + para(300) + '</article>'}${'<article>' + para(300) + '</article>'}</main><script>var x = 1</script>`;
    const split = new WeakSet<Element>();
    const units = planUnits(document.body, split, 4000);
    expect(units.map((u) => u.localName)).toEqual(['article', 'article', 'article']);
    expect(split.has(document.body) && split.has(document.querySelector('#feed')!)).toBe(true);
  });

  it('plans a big page across slices: the same units in the same order as one walk, and not done until the end', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `<div class="row"><span>Part ${i}</span> ${'word '.repeat(20)}</div>`).join('');
    document.body.innerHTML = `<main id="rows">${rows}</main>`;
    const whole = planUnits(document.body, new WeakSet(), 4000);
    expect(whole.length).toBe(400);
    const found: Element[] = [];
    const planner = unitPlanner(document.body, new WeakSet(), (u) => found.push(u), 4000);
    let slices = 1;
    while (!planner.walk(() => true)) slices++;
    expect(slices, 'a slice that is always over still plans some elements each time').toBeGreaterThan(4);
    expect(found).toEqual(whole);
  });

  it('splits a bare wrapper of web-component posts into one unit per shadow host', () => {
    document.body.innerHTML = `<p>Feed</p><div id="feed"><x-post></x-post><x-post></x-post></div>`;
    for (const host of document.querySelectorAll('x-post')) host.attachShadow({ mode: 'open' }).innerHTML = '<p>Bone broth seals the gut.</p>';
    const units = planUnits(document.querySelector('#feed')!, new WeakSet(), 4000);
    expect(units.map((u) => u.localName)).toEqual(['x-post', 'x-post']);
  });

  it('skips script, style and our own UI while planning', () => {
    document.body.innerHTML = `<div>${para(2000)}</div><style>p{}</style><div data-gutcheck-ui>${para(10)}</div>`;
    const units = planUnits(document.body, new WeakSet(), 4000);
    expect(units.length).toBe(1);
    expect(units[0] === document.querySelector('div > p')).toBe(true);
  });

  it('resolves a change to its unit, a new post to itself, and our UI to nothing', () => {
    document.body.innerHTML = `<main id="feed"><article id="a"><p id="pa"><span>hi</span></p></article></main><gutcheck-ui></gutcheck-ui>`;
    const feed = document.querySelector('#feed')!;
    const a = document.querySelector('#a')!;
    const units = new Set<Element>([a]);
    const split = new Set<Element>([document.body, feed]);
    const index: UnitIndex = {
      isUnit: (el) => units.has(el),
      isSplit: (el) => split.has(el),
      isOwnUi: (el) => el.localName.startsWith('gutcheck-'),
    };
    expect(unitFor(document.querySelector('span')!.firstChild!, index)).toBe(a);
    const b = document.createElement('article');
    b.innerHTML = '<p>new post</p>';
    feed.append(b);
    expect(unitFor(b.querySelector('p')!, index)).toBe(b);
    expect(unitFor(document.querySelector('gutcheck-ui')!, index)).toBeNull();
    expect(unitFor(document.createTextNode('loose'), index)).toBeNull();
  });

  it('walks out of shadow roots to their host', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    expect(parentOf(shadow.querySelector('p')!)).toBe(host);
  });
});
