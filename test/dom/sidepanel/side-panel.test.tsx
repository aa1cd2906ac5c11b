import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { getClaim } from '@/claims/bundle';
import type { FoundPassage } from '@/components/sidepanel/claim-groups';
import type { PageState } from '@/components/sidepanel/PageClaims';
import { SidePanel, type SidePanelProps } from '@/components/sidepanel/SidePanel';
import { reactHost } from '../react-host';

const found = (id: string, stance: FoundPassage['stance'], text: string): FoundPassage => ({ id, stance, verdict: getClaim(id)?.verdict ?? 'mixed', text });
const PASSAGES = [
  found('bone-broth-heals-gut', 'asserts', 'bone broth heals your gut lining'),
  found('fermented-foods-fiber-help', 'asserts', 'plenty of fibre feed your good gut bacteria'),
  found('zonulin-test-diagnoses', 'refutes', 'a zonulin test cannot diagnose leaky gut'),
  found('no-such-claim-in-the-database', 'asserts', 'something else'),
];

const dom = reactHost();
const all = (testId: string, within: ParentNode = dom.host) => [...within.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
const one = (testId: string, within: ParentNode = dom.host) => all(testId, within)[0]!;
const items = (within: ParentNode = dom.host) => all('panel-claim', within).map((el) => `${el.closest('[data-group]')!.getAttribute('data-group')}:${el.dataset.claimId}`);

function render(props: Partial<SidePanelProps> = {}) {
  const full: SidePanelProps = {
    page: { kind: 'ready', host: 'example.org', passages: PASSAGES },
    claimOf: getClaim,
    onShow: vi.fn(async () => true),
    check: vi.fn(async () => []),
    ...props,
  };
  act(() => dom.root.render(<SidePanel {...full} />));
  return full;
}

/** Sets a control's value as React sees a user's input. */
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  act(() => void el.dispatchEvent(new Event('input', { bubbles: true })));
}

describe('SidePanel', () => {

  it('lists the page’s claims by verdict, with a heading each, and context apart; unknown ids are left out', () => {
    render();
    expect(one('panel-count').textContent).toBe('2 claims on example.org');
    expect(one('panel-count').getAttribute('role')).toBe('status');
    expect(items()).toEqual(['unsupported:bone-broth-heals-gut', 'supported:fermented-foods-fiber-help', 'context:zonulin-test-diagnoses']);
    const heads = [...dom.host.querySelectorAll('[data-testid="panel-group"] > h2')].map((h) => h.textContent);
    expect(heads).toEqual(['Not supported (1 claim)', 'Well supported (1 claim)', 'Mentioned or disputed, not claimed (1 claim)']);
    const broth = one('panel-claim');
    expect(broth.querySelector('h3')!.textContent).toBe(getClaim('bone-broth-heals-gut')!.claim);
    expect(one('panel-passage', broth).textContent).toBe('Show on page: bone broth heals your gut lining');
    expect(one('panel-passage', broth).getAttribute('aria-describedby')).toBe(broth.querySelector('h3')!.id);
    // The context group says how the page relates to the claim.
    expect(all('panel-claim').at(-1)!.querySelector('.passages')!.textContent).toMatch(/^Disputes this claim: /);
  });

  it('keeps the card’s content one click away, closed until opened', () => {
    render();
    const details = one('panel-details') as HTMLDetailsElement;
    const claim = getClaim('bone-broth-heals-gut')!;
    expect(details.tagName).toBe('DETAILS');
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Evidence, advice and sources');
    for (const text of [claim.summary, claim.advice, 'What you can do', claim.reviewedBy]) expect(details.textContent).toContain(text);
    expect(one('card-verdict', details).textContent).toBe('Not supported');
    expect(one('card-evidence', details).getAttribute('aria-valuetext')).toMatch(/^Evidence: /);
    expect(one('card-sources', details).querySelectorAll('li')).toHaveLength(claim.sources.length);
    expect(one('panel-more', details).getAttribute('href')).toBe('database.html#bone-broth-heals-gut');
  });

  it('asks to show a passage on the page, and says so when it has gone', async () => {
    const props = render({ onShow: vi.fn(async () => false) });
    await act(async () => one('panel-passage').click());
    expect(props.onShow).toHaveBeenCalledWith(PASSAGES[0]);
    expect(one('panel-note').textContent).toBe('That passage is no longer on the page.');
  });

  it('narrows the list by words and by verdict, and says how many are shown', () => {
    render();
    type(one('panel-search') as HTMLInputElement, 'FIBRE good');
    expect(items()).toEqual(['supported:fermented-foods-fiber-help']);
    expect(one('panel-shown').textContent).toBe('Showing 1 of 3');
    type(one('panel-search') as HTMLInputElement, 'nothing like this');
    expect(one('panel-no-match').textContent).toMatch(/^No claims match/);
    type(one('panel-search') as HTMLInputElement, '');
    const select = one('panel-verdict') as HTMLSelectElement;
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, 'contradicted');
    act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    expect(items()).toEqual(['context:zonulin-test-diagnoses']);
  });

  it('follows the page as it grows, keeping the reader’s filter', () => {
    render();
    type(one('panel-search') as HTMLInputElement, 'gut');
    const grown = [...PASSAGES, found('leaky-gut-skin', 'asserts', 'your eczema is a leaky gut problem')];
    render({ page: { kind: 'ready', host: 'example.org', passages: grown } });
    expect((one('panel-search') as HTMLInputElement).value).toBe('gut');
    expect(items()).toContain(`${getClaim('leaky-gut-skin')!.verdict}:leaky-gut-skin`);
    expect(one('panel-count').textContent).toBe('3 claims on example.org');
  });

  it('says why there is no list: still reading, paused here, not a page GutCheck reads, nothing found', () => {
    const text = (page: PageState) => {
      render({ page });
      return one('panel-count').textContent;
    };
    expect(text({ kind: 'loading' })).toBe('Reading the page…');
    expect(text({ kind: 'paused', host: 'example.org' })).toMatch(/^GutCheck is paused on this site/);
    expect(text({ kind: 'no-page' })).toMatch(/^GutCheck does not run on this page/);
    expect(text({ kind: 'ready', host: 'example.org', passages: [] })).toMatch(/^No leaky-gut claims found on this page so far/);
    expect(all('panel-claim')).toEqual([]);
  });

  it('has two tabs: arrow keys move between them, the other panel is hidden but kept', () => {
    render();
    const [pageTab, textTab] = [one('panel-tab-page'), one('panel-tab-text')];
    expect(pageTab.getAttribute('aria-selected')).toBe('true');
    expect(textTab.tabIndex).toBe(-1);
    act(() => void pageTab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(textTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(textTab);
    const panels = [...dom.host.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
    expect(panels.map((p) => p.hidden)).toEqual([true, false]);
    expect(panels[1]!.getAttribute('aria-labelledby')).toBe(textTab.id);
    act(() => void textTab.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true })));
    expect(document.activeElement).toBe(pageTab);
    expect(items()).toHaveLength(3); // the page list is still there
  });

  it('checks pasted text and lists what it found, moving focus to the results', async () => {
    const check = vi.fn(async () => [found('zonulin-test-diagnoses', 'asserts', 'zonulin came back high, which confirms leaky gut')]);
    render({ check });
    act(() => one('panel-tab-text').click());
    type(one('panel-text') as HTMLTextAreaElement, 'My zonulin came back high, which confirms leaky gut.');
    await act(async () => one('panel-check').click());
    expect(check).toHaveBeenCalledWith('My zonulin came back high, which confirms leaky gut.');
    const results = dom.host.querySelector('.text-results')!;
    expect(one('panel-text-count').textContent).toBe('1 claim found in the text');
    expect(items(results)).toEqual(['contradicted:zonulin-test-diagnoses']);
    expect(one('panel-passage', results).tagName).toBe('Q'); // pasted text has no page to show it on
    expect(document.activeElement).toBe(results.querySelector('h2'));
  });

  it('does not check empty text, and says what to do', async () => {
    const check = vi.fn(async () => []);
    render({ check });
    expect(one('panel-text-empty').textContent).toBe('');
    type(one('panel-text') as HTMLTextAreaElement, '   ');
    await act(async () => one('panel-check').click());
    expect(check).not.toHaveBeenCalled();
    expect(one('panel-text-empty').textContent).toBe('Paste or type some text first, then choose Check.');
    type(one('panel-text') as HTMLTextAreaElement, 'Bone broth');
    expect(one('panel-text-empty').textContent).toBe('');
  });

  it('clears the results when the text they were found in is edited', async () => {
    const check = vi.fn(async () => [found('zonulin-test-diagnoses', 'asserts', 'zonulin came back high, which confirms leaky gut')]);
    render({ check });
    act(() => one('panel-tab-text').click());
    type(one('panel-text') as HTMLTextAreaElement, 'My zonulin came back high, which confirms leaky gut.');
    await act(async () => one('panel-check').click());
    expect(dom.host.querySelector('.text-results')).not.toBeNull();
    type(one('panel-text') as HTMLTextAreaElement, 'Something else entirely.');
    expect(dom.host.querySelector('.text-results')).toBeNull();
  });
});
