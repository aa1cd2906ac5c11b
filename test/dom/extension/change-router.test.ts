import { describe, expect, it } from 'vitest';
import { changedNodes, mayShowOrHide } from '@/entrypoints/scan.content/change-router';
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

describe('a feed container taken out and put back', () => {
  it('is forgotten as a split container once its units are pruned, so it is planned again', () => {
    document.body.innerHTML = '<main><div id="tab"><article>one</article><article>two</article></div></main>';
    const store = new MarkStore();
    const main = document.querySelector('main')!;
    const tab = document.getElementById('tab')!;
    for (const unit of planUnits(document.body, store.split)) store.setUnit(unit, { text: unit.textContent!, context: '' }, [], [], true);
    expect(store.split.has(tab)).toBe(true);

    tab.remove();
    store.pruneDisconnected();
    expect(store.units.size).toBe(0);
    expect(store.split.has(tab), 'removed container').toBe(false);
    expect(store.split.has(main), 'container still in the page').toBe(true);
  });
});
