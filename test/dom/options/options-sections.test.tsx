import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Claim } from '@/claims/schema';
import { LookSection, type LookProps } from '@/components/options/LookSection';
import { ReportsSection, type ReportRow } from '@/components/options/ReportsSection';
import { SitesSection, type SitesProps } from '@/components/options/SitesSection';
import { VerdictsSection } from '@/components/options/VerdictsSection';
import { reportRows } from '@/entrypoints/options/report-rows';
import { siteFromInput } from '@/entrypoints/lib/settings';
import { reactHost } from '../react-host';

const dom = reactHost();
const q = <T extends HTMLElement = HTMLElement>(id: string) => dom.host.querySelector<T>(`[data-testid="${id}"]`)!;
const all = (id: string) => [...dom.host.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

/** Types into a React-controlled field (React reads the native setter's value on input). */
function type(field: HTMLInputElement, value: string): void {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}


describe('SitesSection', () => {
  const render = (patch: Partial<SitesProps> = {}) => {
    const props: SitesProps = { mode: 'marks', sites: {}, onMode: vi.fn(), onSite: vi.fn(), siteOf: siteFromInput, ...patch };
    act(() => dom.root.render(<SitesSection {...props} />));
    return props;
  };

  it('lists every site with its own mode, sorted, each changeable and removable', () => {
    const props = render({ sites: { 'zeta.example': 'badge', 'alpha.example': 'off' } });
    expect(all('site').map((li) => li.dataset.host)).toEqual(['alpha.example', 'zeta.example']);
    const [first] = all('site');
    const select = first!.querySelector('select')!;
    expect(select.value).toBe('off');
    expect(select.getAttribute('aria-label')).toBe('Setting for alpha.example');
    choose(select, 'marks');
    expect(props.onSite).toHaveBeenCalledWith('alpha.example', 'marks');
    const remove = first!.querySelector('button')!;
    expect(remove.getAttribute('aria-label')).toMatch(/^Remove alpha\.example/);
    act(() => remove.click());
    expect(props.onSite).toHaveBeenCalledWith('alpha.example', null);
    expect(document.activeElement?.textContent, 'focus keeps the place in the list').toBe('Sites with their own setting');
    expect(q('sites-status').textContent).toBe('alpha.example removed; it follows “Everywhere” again.');
  });

  it('adds a site paused by default, from a pasted address, and refuses what is no address', () => {
    const props = render();
    expect(q('sites-empty').textContent).toMatch(/No site has its own setting/);
    type(q<HTMLInputElement>('add-site'), 'no site here');
    act(() => q('add-site-button').click());
    expect(props.onSite).not.toHaveBeenCalled();
    expect(q('add-site-error').getAttribute('role')).toBe('alert');
    expect(q('add-site').getAttribute('aria-invalid')).toBe('true');
    expect(q('add-site').getAttribute('aria-describedby')).toContain(q('add-site-error').id);
    type(q<HTMLInputElement>('add-site'), 'https://Shop.Example/cart');
    act(() => q('add-site-button').click());
    expect(props.onSite).toHaveBeenCalledWith('shop.example', 'off');
    expect(q('add-site-error')).toBeNull();
    expect(q<HTMLInputElement>('add-site').value).toBe('');
    expect(q('sites-status').textContent).toBe('shop.example added.');
  });

  it('changes the mode everywhere', () => {
    const props = render();
    choose(q<HTMLSelectElement>('mode-everywhere'), 'badge');
    expect(props.onMode).toHaveBeenCalledWith('badge');
  });
});

describe('VerdictsSection', () => {
  it('ticks the marked verdicts, reports a change, and says when nothing is marked', () => {
    const onVerdict = vi.fn();
    act(() => dom.root.render(<VerdictsSection unmarked={['supported']} onVerdict={onVerdict} />));
    expect(q<HTMLInputElement>('verdict-supported').checked).toBe(false);
    expect(q<HTMLInputElement>('verdict-mixed').checked).toBe(true);
    expect(q('verdict-supported').closest('label')!.textContent).toContain('Well supported');
    act(() => q('verdict-mixed').click());
    expect(onVerdict).toHaveBeenCalledWith('mixed', false);
    expect(dom.host.querySelector('[role="status"]')).toBeNull();
    act(() => dom.root.render(<VerdictsSection unmarked={['supported', 'mixed', 'overstated', 'unsupported', 'contradicted']} onVerdict={onVerdict} />));
    expect(dom.host.querySelector('[role="status"]')!.textContent).toMatch(/marks nothing/);
  });
});

describe('LookSection', () => {
  it('shows each setting as a named radio group and reports the choice', () => {
    const props: LookProps = { highlight: 'tint', cardText: 'normal', motion: 'system', onHighlight: vi.fn(), onCardText: vi.fn(), onMotion: vi.fn() };
    act(() => dom.root.render(<LookSection {...props} />));
    const legends = [...dom.host.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Marks on the page', 'Text size in the evidence card', 'Motion']);
    const radios = (id: string) => [...q(id).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(new Set(radios('card-text-size').map((r) => r.name)).size, 'one group').toBe(1);
    expect(radios('highlight-style').map((r) => r.checked)).toEqual([true, false]);
    act(() => radios('card-text-size')[2]!.click());
    expect(props.onCardText).toHaveBeenCalledWith('larger');
    act(() => radios('motion')[1]!.click());
    expect(props.onMotion).toHaveBeenCalledWith('reduce');
    act(() => radios('highlight-style')[1]!.click());
    expect(props.onHighlight).toHaveBeenCalledWith('underline');
  });
});

describe('ReportsSection', () => {
  const claim = { id: 'bone-broth-heals-gut', claim: 'Bone broth heals or seals the gut lining.' } as Claim;
  const stored = [
    { url: 'https://a.example/', passage: 'older', claimId: 'bone-broth-heals-gut', date: '2026-11-22T10:00:00.000Z' },
    { url: 'https://b.example/', passage: 'newer', claimId: 'retired-id', verdict: 'overstated' as const, note: 'Not a claim.', date: '2026-11-23T10:00:00.000Z' },
  ];
  const rows: ReportRow[] = reportRows(stored, (id) => (id === claim.id ? claim : undefined));

  it('lists reports newest first, naming the claim (or saying it left the database)', () => {
    expect(rows.map((r) => r.passage)).toEqual(['newer', 'older']);
    expect(rows[0]!.claim).toBe('A claim no longer in the database (retired-id)');
    expect(rows[1]!.claim).toBe(claim.claim);
    expect(rows[1]!.verdict).toBeUndefined();
  });

  it('deletes one by its place in the list, and all only after a second yes', () => {
    const props = { rows, status: '', onExport: vi.fn(), onDelete: vi.fn(), onDeleteAll: vi.fn() };
    act(() => dom.root.render(<ReportsSection {...props} />));
    expect(all('report').length).toBe(2);
    expect(q('report-note').textContent).toBe('Not a claim.');
    act(() => all('delete-report')[1]!.click());
    expect(props.onDelete).toHaveBeenCalledWith(1);
    expect(document.activeElement?.id).toBe('reports-title');
    act(() => q('delete-all').click());
    expect(q('delete-all').getAttribute('aria-expanded')).toBe('true');
    expect(q('confirm-delete-all').textContent).toContain('Delete all 2 reports? This cannot be undone.');
    expect(document.activeElement).toBe(q('confirm-yes'));
    act(() => q('confirm-no').click());
    expect(props.onDeleteAll).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(q('delete-all'));
    act(() => q('delete-all').click());
    act(() => q('confirm-yes').click());
    expect(props.onDeleteAll).toHaveBeenCalledTimes(1);
    act(() => q('export-reports').click());
    expect(props.onExport).toHaveBeenCalledTimes(1);
  });

  it('says so when there are none, and offers no buttons', () => {
    act(() => dom.root.render(<ReportsSection rows={[]} status="All reports deleted." onExport={vi.fn()} onDelete={vi.fn()} onDeleteAll={vi.fn()} />));
    expect(q('reports-empty').textContent).toBe('No reports saved.');
    expect(q('export-reports')).toBeNull();
    expect(q('reports-status').textContent).toBe('All reports deleted.');
  });
});
