import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Claim } from '@/claims/schema';
import { tabStops } from '@/components/card-focus';
import { EvidenceCard, type EvidenceCardProps } from '@/components/EvidenceCard';
import { GutCheckLayer } from '@/components/GutCheckLayer';
import { reactHost } from '../react-host';

const claim: Claim = {
  id: 'bone-broth-heals-gut',
  claim: 'Bone broth heals or seals the gut lining.',
  verdict: 'unsupported',
  evidence: 'low',
  summary: 'Bone broth is a warm, tasty food, but no study in people shows it heals the gut lining.',
  nuance: 'The gelatin in broth is digested into amino acids like any other protein; it is not sent to the gut wall.',
  advice: 'Eat a varied diet and see your doctor about ongoing gut symptoms.',
  sources: [
    { title: 'Leaky gut: mechanisms, measurement and clinical implications', year: 2019, journal: 'Gut', pmid: '31076401', doi: '10.1136/gutjnl-2019-318427' },
    { title: 'An official page about the gut', year: 2024, url: 'https://www.nhs.uk/conditions/' },
  ],
  reviewed: '2026-11-22',
  reviewedBy: 'GutCheck editors',
  history: [{ date: '2026-11-22', change: 'First edition, for the card test.' }],
  match: { concepts: {}, patterns: [['x']] },
  examples: { asserts: ['a long enough example', 'a long enough example', 'a long enough example'], mentions: ['a long enough example', 'a long enough example'] },
};

const dom = reactHost();
const q = (id: string) => dom.host.querySelector(`[data-testid="${id}"]`) as HTMLElement;

function render(overrides: Partial<EvidenceCardProps> = {}) {
  const props: EvidenceCardProps = {
    claim,
    stance: 'asserts',
    passage: 'Bone broth <b>literally</b> seals the holes',
    matched: ['bone broth', 'seals'],
    why: [],
    reportState: 'idle',
    takeFocus: true,
    onDismiss: vi.fn(),
    onWrongMatch: vi.fn(),
    onClose: vi.fn(),
    onMore: vi.fn(),
    ...overrides,
  };
  act(() => dom.root.render(<EvidenceCard {...props} />));
  return props;
}

describe('EvidenceCard', () => {

  it('shows the verdict in words, the evidence as a meter, and every part of the contract', () => {
    render();
    const card = q('gutcheck-card');
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toContain('Not supported');
    expect(q('card-verdict').textContent).toBe('Not supported');
    const meter = q('card-evidence');
    expect(meter.getAttribute('role')).toBe('meter');
    expect(meter.getAttribute('aria-valuenow')).toBe('2');
    expect(meter.getAttribute('aria-valuetext')).toBe('Evidence: Low');
    expect(q('card-claim').textContent).toContain(claim.claim);
    expect(q('card-summary').textContent).toBe(claim.summary);
    expect(q('card-nuance').textContent).toBe(claim.nuance);
    expect(q('card-advice').textContent).toContain(claim.advice);
    expect(q('card-matched').textContent).toContain('“bone broth”');
    expect(card.textContent).toContain('This is general information, not medical advice.');
    expect(document.activeElement).toBe(card);
  });

  it('puts the verdict, the meaning and what to do first, and the nuance, sources and review behind "Details and sources"', () => {
    render({ why: ['the heading above calls it a myth or disputes it'], stance: 'mentions' });
    const card = q('gutcheck-card');
    const details = q('card-details') as HTMLDetailsElement;
    expect(details.tagName).toBe('DETAILS');
    expect(details.open, 'closed until the reader asks').toBe(false);
    expect(details.querySelector(':scope > summary')?.textContent).toBe('Details and sources');
    for (const id of ['card-nuance', 'card-sources', 'card-reviewed']) expect(details.contains(q(id)), `${id} one click further`).toBe(true);
    const atOnce = ['card-verdict', 'card-evidence', 'card-claim', 'card-summary', 'card-advice', 'card-matched', 'card-why', 'card-more', 'card-dismiss', 'card-wrong-match'];
    for (const id of atOnce) expect(details.contains(q(id)), `${id} in sight`).toBe(false);
    // Reading order: verdict and meter, claim, meaning, what to do, why flagged, then the details, then the link and actions.
    const order = ['card-verdict', 'card-evidence', 'card-claim', 'card-summary', 'card-advice', 'card-matched', 'card-details', 'card-more', 'card-dismiss'].map(q);
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING, `${order[i - 1]!.dataset.testid} before ${order[i]!.dataset.testid}`).toBeTruthy();
    }
    expect(card.textContent).toContain('What you can do: Eat a varied diet');
    // The card is in the locale's language and direction, whatever the page's (locales/en.yml lang, dir).
    expect([card.getAttribute('lang'), card.getAttribute('dir')]).toEqual(['en-GB', 'ltr']);
  });

  it('Tab reaches the "Details and sources" summary, and the source links only once it is open', () => {
    render();
    const card = q('gutcheck-card');
    const details = q('card-details') as HTMLDetailsElement;
    const summary = details.querySelector('summary')!;
    const sourceLinks = [...q('card-sources').querySelectorAll('a')];
    const closed = tabStops(card);
    expect(closed).toContain(summary);
    expect(closed.filter((el) => sourceLinks.includes(el as HTMLAnchorElement))).toEqual([]);
    expect(closed.at(0)).toBe(q('card-close'));
    expect(closed.at(-1)).toBe(q('card-wrong-match'));
    act(() => summary.click());
    expect(details.open).toBe(true);
    const open = tabStops(card);
    expect(open.filter((el) => sourceLinks.includes(el as HTMLAnchorElement))).toEqual(sourceLinks);
    expect(open.indexOf(summary)).toBeLessThan(open.indexOf(sourceLinks[0]!));
    expect(open.indexOf(sourceLinks.at(-1)!)).toBeLessThan(open.indexOf(q('card-more')));
  });

  it('keeps Tab inside the card: past the last control to the first, Shift+Tab from the card to the last', () => {
    render();
    const card = q('gutcheck-card');
    const tab = (shiftKey: boolean) => act(() => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true })));
    expect(document.activeElement).toBe(card);
    tab(true);
    expect(document.activeElement).toBe(q('card-wrong-match'));
    tab(false);
    expect(document.activeElement).toBe(q('card-close'));
    tab(true);
    expect(document.activeElement).toBe(q('card-wrong-match'));
  });

  it('says first, on a passage that only mentions or disputes the claim, that the verdict is about the claim', () => {
    render({ stance: 'mentions' });
    const note = q('card-context-note');
    expect(note.textContent).toBe('This page does not make this claim here; it only mentions or disputes it. The verdict below is about the claim itself.');
    expect(note.compareDocumentPosition(q('card-verdict')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    act(() => dom.root.render(<></>));
    render({ stance: 'refutes' });
    expect(q('card-context-note')).not.toBeNull();
    act(() => dom.root.render(<></>));
    render();
    expect(q('card-context-note')).toBeNull();
  });

  it('says which context decided the stance, and nothing when none did', () => {
    render({ stance: 'mentions', why: ['the heading above calls it a myth or disputes it'] });
    expect(q('card-why').textContent).toBe('; read as context because the heading above calls it a myth or disputes it');
    act(() => dom.root.render(<></>));
    render();
    expect(q('card-why')).toBeNull();
  });

  it('names the matched words the passage holds, and those of the text around it apart', () => {
    render({ passage: 'Heals the gut', matched: ['bone broth', 'heals', 'gut'] });
    expect(q('card-matched').textContent).toBe('Why this was flagged: the words “heals”, “gut” in Heals the gut (with “bone broth” in the text around it)');
    act(() => dom.root.render(<></>));
    render({ passage: 'Café au lait didn’t help', matched: ['cafe', "didn't"] });
    expect(q('card-matched').textContent).toBe('Why this was flagged: the words “cafe”, “didn\'t” in Café au lait didn’t help');
  });

  it('says how sure the engine is that the page makes the claim, in words, only for a claim the page makes', () => {
    const sure = (confidence: number | undefined, stance: EvidenceCardProps['stance'] = 'asserts') => {
      act(() => dom.root.render(<></>));
      render({ confidence, stance });
      return q('card-sure')?.textContent ?? null;
    };
    expect(sure(0.93)).toBe('. GutCheck is fairly sure the page makes this claim here.');
    expect(sure(0.85)).toBe('. GutCheck is fairly sure the page makes this claim here.');
    expect(sure(0.7)).toBe('. The page probably makes this claim here.');
    expect(sure(0.6)).toBe('. The page probably makes this claim here.');
    expect(sure(0.59)).toBe('. GutCheck is not sure; the page may only mention this claim.');
    expect(sure(0.4)).toBe('. GutCheck is not sure; the page may only mention this claim.');
    // The whole line reads as sentences: the passage (or the reasons), then how sure.
    act(() => dom.root.render(<></>));
    render({ confidence: 0.9, why: ['the writer speaks from their own experience'] });
    expect(q('card-matched').textContent).toMatch(/because the writer speaks from their own experience\. GutCheck is fairly sure the page makes this claim here\.$/);
    expect(sure(0.4, 'refutes')).toBeNull();
    expect(sure(0.95, 'mentions')).toBeNull();
    expect(sure(undefined)).toBeNull();
  });

  it('shows "claim 3 of 22" and the shortcuts when the reader steps with the keyboard, and nothing otherwise', () => {
    render({ step: { position: 3, total: 22 } });
    expect(q('card-step').textContent).toBe('Claim 3 of 22 · Alt+Shift+N next, Alt+Shift+P previous, Esc closes');
    act(() => dom.root.render(<></>));
    render();
    expect(q('card-step')).toBeNull();
  });

  it('offers the other claims made in the same words, and shows the chosen one', () => {
    const onOther = vi.fn();
    render({ others: ['Overstated: Collagen rebuilds the gut wall.', 'Mixed: Glutamine heals the gut.'], onOther });
    const buttons = [...q('card-also').querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Overstated: Collagen rebuilds the gut wall.', 'Mixed: Glutamine heals the gut.']);
    act(() => buttons[1]!.click());
    expect(onOther).toHaveBeenCalledWith(1);
    act(() => dom.root.render(<></>));
    render();
    expect(q('card-also')).toBeNull();
  });

  it('says when the entry was last reviewed, and by whom', () => {
    render();
    expect(q('card-reviewed').textContent).toBe('Reviewed 22 November 2026 by GutCheck editors');
  });

  it('links sources to PubMed, DOI or the page, opening safely in a new tab', () => {
    render();
    const links = [...q('card-sources').querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://pubmed.ncbi.nlm.nih.gov/31076401/',
      'https://doi.org/10.1136/gutjnl-2019-318427',
      'https://www.nhs.uk/conditions/',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('offers more about the claim: a button that asks for the database entry (a web page may not link to it)', () => {
    const props = render();
    const more = q('card-more');
    expect(more.tagName).toBe('BUTTON');
    expect(more.textContent).toBe('More about this claim (opens in a new tab)');
    act(() => more.click());
    expect(props.onMore).toHaveBeenCalledTimes(1);
  });

  it('renders page text as text, never as markup', () => {
    render();
    expect(q('card-matched').querySelector('b')).toBeNull();
    expect(q('card-matched').textContent).toContain('<b>literally</b>');
  });

  it('calls back for close, Escape and dismiss', () => {
    const props = render();
    act(() => q('card-close').click());
    act(() => q('card-dismiss').click());
    act(() => q('gutcheck-card').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(props.onClose).toHaveBeenCalledTimes(2);
    expect(props.onDismiss).toHaveBeenCalledTimes(1);
  });

  it('"Wrong match?" asks for an optional note, saves it with the report, and says so', () => {
    const props = render({ takeFocus: false });
    act(() => q('card-wrong-match').click());
    const note = q('card-report-note') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(note);
    expect(dom.host.querySelector(`label[for="${note.id}"]`)?.textContent).toBe('What is wrong with this match? (optional)');
    expect(note.maxLength).toBe(500);
    act(() => setValue(note, 'It is a soup recipe, not a health claim.'));
    act(() => q('card-report-save').click());
    expect(props.onWrongMatch).toHaveBeenCalledWith('It is a soup recipe, not a health claim.');
    expect(q('card-report-form')).toBeNull();
    render({ takeFocus: false, reportState: 'saved' });
    const button = q('card-wrong-match');
    expect(button.textContent).toBe('Saved on this device');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement, 'focus back on the button, which can hold it').toBe(button);
    expect(dom.host.querySelector('[role="status"].sr-only')?.textContent).toBe('Report saved on this device.');
    act(() => button.click());
    expect(q('card-report-form'), 'a saved report is not made twice').toBeNull();
  });

  it('Escape in the note form closes the form only; Cancel saves nothing', () => {
    const props = render({ takeFocus: false });
    act(() => q('card-wrong-match').click());
    act(() => q('card-report-note').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(q('card-report-form')).toBeNull();
    expect(props.onClose).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(q('card-wrong-match'));
    act(() => q('card-wrong-match').click());
    act(() => q('card-report-cancel').click());
    expect(q('card-report-form')).toBeNull();
    expect(props.onWrongMatch).not.toHaveBeenCalled();
  });

  it('offers to try again when a report could not be saved', () => {
    render({ reportState: 'failed' });
    expect(q('card-wrong-match').textContent).toBe('Could not save. Try again?');
    act(() => q('card-wrong-match').click());
    expect(q('card-report-form')).not.toBeNull();
  });

  it('says when a page disputes the claim rather than making it', () => {
    render({ stance: 'refutes' });
    expect(q('card-claim').textContent).toMatch(/^Disputes this claim:/);
  });

  it('keeps a polite live region in the layer, card or not', () => {
    act(() => dom.root.render(<GutCheckLayer live="3 claims on this page" card={null} textSize="normal" />));
    const live = q('gutcheck-live');
    expect(live.getAttribute('role')).toBe('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('3 claims on this page');
    expect(q('gutcheck-card')).toBeNull();
  });

  it('scales the card to the text size chosen on the options page', () => {
    act(() => dom.root.render(<GutCheckLayer live="" card={null} textSize="larger" />));
    const layer = dom.host.querySelector<HTMLElement>('.layer')!;
    expect(layer.dataset.textSize).toBe('larger');
    expect(layer.style.getPropertyValue('--text-scale')).toBe('1.45');
  });
});

/** Types into a React-controlled field (React listens for input events with the native setter's value). */
function setValue(field: HTMLTextAreaElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
