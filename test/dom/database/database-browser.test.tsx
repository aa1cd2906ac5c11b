import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getClaims } from '@/claims/bundle';
import { verdictWords } from '@/claims/words';
import { DatabaseBrowser } from '@/components/database/DatabaseBrowser';
import { reactHost } from '../react-host';

const claims = getClaims();
const TOTAL = claims.length;
const dom = reactHost();
const q = (id: string) => dom.host.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
const entries = () => [...dom.host.querySelectorAll<HTMLElement>('[data-testid="db-entry"]')];

/** Sets a control's value as React sees a user's input (through the native setter, then the event). */
function setValue(el: HTMLInputElement | HTMLSelectElement, value: string, event: 'input' | 'change') {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  act(() => void el.dispatchEvent(new Event(event, { bubbles: true })));
}

function mount() {
  act(() => dom.root.render(<DatabaseBrowser claims={claims} />));
}

describe('DatabaseBrowser', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/database.html');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lists every entry with all its parts, and counts them', () => {
    mount();
    expect(entries()).toHaveLength(TOTAL);
    expect(q('db-count').textContent).toBe(`${TOTAL} of ${TOTAL} entries`);
    expect(q('db-count').getAttribute('role')).toBe('status');
    const first = entries()[0]!;
    const claim = claims[0]!;
    expect(first.id).toBe(claim.id);
    expect(first.querySelector('h2')!.textContent).toBe(claim.claim);
    expect(first.querySelector('[data-testid="card-verdict"]')!.textContent).toBe(verdictWords(claim.verdict));
    expect(first.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).toMatch(/^Evidence: /);
    for (const text of [claim.summary, claim.nuance, claim.advice, 'What you can do', claim.reviewedBy]) {
      expect(first.textContent).toContain(text);
    }
    expect(first.querySelectorAll('[data-testid="card-sources"] li')).toHaveLength(claim.sources.length);
    const history = first.querySelector<HTMLDetailsElement>('[data-testid="db-history"]')!;
    expect(history.tagName).toBe('DETAILS');
    expect(history.open).toBe(false);
    expect(history.querySelectorAll('li')).toHaveLength(claim.history.length);
    expect(first.querySelector('[data-testid="db-permalink"]')!.getAttribute('href')).toBe(`#${claim.id}`);
  });

  it('keeps one h1, an h2 per entry and h3s inside', () => {
    mount();
    expect(dom.host.querySelectorAll('h1')).toHaveLength(1);
    expect(dom.host.querySelectorAll('h2')).toHaveLength(TOTAL);
    expect(entries()[0]!.querySelectorAll('h3').length).toBeGreaterThanOrEqual(3);
  });

  it('searches as the reader types, best match first, and counts what is shown', () => {
    mount();
    setValue(q('db-search') as HTMLInputElement, 'bone broth', 'input');
    expect(entries()[0]!.id).toBe('bone-broth-heals-gut');
    expect(q('db-count').textContent).toBe(`${entries().length} of ${TOTAL} entries`);
    setValue(q('db-search') as HTMLInputElement, 'xyzzy', 'input');
    expect(entries()).toHaveLength(0);
    expect(q('db-no-match').textContent).toContain('No entries match');
    expect(q('db-count').textContent).toBe(`0 of ${TOTAL} entries`);
    expect((q('db-show-all') as HTMLButtonElement).disabled).toBe(false);
    act(() => q('db-show-all').click());
    expect(entries()).toHaveLength(TOTAL);
    expect((q('db-search') as HTMLInputElement).value).toBe('');
    // Everything is shown: nothing to undo.
    expect((q('db-show-all') as HTMLButtonElement).disabled).toBe(true);
  });

  it('filters by verdict and by evidence through labelled selects', () => {
    mount();
    const verdict = q('db-verdict') as HTMLSelectElement;
    const evidence = q('db-evidence') as HTMLSelectElement;
    expect(dom.host.querySelector(`label[for="${verdict.id}"]`)!.textContent).toBe('Verdict');
    expect(dom.host.querySelector(`label[for="${evidence.id}"]`)!.textContent).toBe('Strength of evidence');
    setValue(verdict, 'contradicted', 'change');
    const want = claims.filter((c) => c.verdict === 'contradicted');
    expect(entries().map((e) => e.id)).toEqual(want.map((c) => c.id));
    expect(q('db-count').textContent).toBe(`${want.length} of ${TOTAL} entries`);
    setValue(evidence, 'high', 'change');
    const both = want.filter((c) => c.evidence === 'high');
    expect(entries().map((e) => e.id)).toEqual(both.map((c) => c.id));
  });

  it('opens scrolled to and focused on the entry its hash names', () => {
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    history.replaceState(null, '', '/database.html#candida-causes-leaky-gut');
    mount();
    const entry = dom.host.querySelector<HTMLElement>('#candida-causes-leaky-gut')!;
    expect(document.activeElement).toBe(entry);
    expect(entry.tabIndex).toBe(-1);
    expect(scroll.mock.contexts.at(-1)).toBe(entry);
  });

  it('follows a later hashchange, clearing a search that hides the entry', () => {
    mount();
    setValue(q('db-search') as HTMLInputElement, 'kombucha', 'input');
    expect(dom.host.querySelector('#zonulin-test-diagnoses')).toBeNull();
    act(() => {
      history.replaceState(null, '', '/database.html#zonulin-test-diagnoses');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(entries()).toHaveLength(TOTAL);
    expect(document.activeElement).toBe(dom.host.querySelector('#zonulin-test-diagnoses'));
  });

  it('ignores a hash that names no entry', () => {
    history.replaceState(null, '', '/database.html#no-such-claim');
    mount();
    expect(entries()).toHaveLength(TOTAL);
    expect(document.activeElement).toBe(document.body);
  });
});
