/** The classroom components in happy-dom: marked post text, and the presenter's keys and guess flow. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDatabase } from '@/claims/cli/load-database';
import type { Finding } from '@/components/classroom/findings';
import { MarkedText } from '@/components/classroom/MarkedText';
import { Presenter } from '@/components/classroom/Presenter';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const claims = new Map(loadDatabase().map((c) => [c.id, c]));
let root: Root | undefined;
function render(node: React.ReactNode): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(node));
  return host;
}
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
});

describe('MarkedText', () => {
  it('keeps paragraphs and line breaks, and marks by offset; the first of overlapping marks wins', () => {
    const text = 'Broth heals the gut.\n\nLine one\nLine two <b>x</b>';
    const host = render(
      <MarkedText
        text={text}
        marks={[
          { start: 0, end: 11, className: 'gutcheck-unsupported', claimId: 'a' },
          { start: 6, end: 19, className: 'gutcheck-context', claimId: 'b' },
        ]}
      />,
    );
    const ps = host.querySelectorAll('p');
    expect(ps).toHaveLength(2);
    expect(ps[1]!.querySelectorAll('br')).toHaveLength(1);
    expect(ps[1]!.textContent).toBe('Line oneLine two <b>x</b>');
    expect(host.querySelector('b')).toBeNull();
    expect([...host.querySelectorAll('mark')].map((m) => [m.className, m.textContent])).toEqual([
      ['gutcheck-unsupported', 'Broth '],
      ['gutcheck-unsupported', 'heals'],
      ['gutcheck-context', ' the gut'],
    ]);
  });
});

describe('Presenter', () => {
  const finding = (id: string, text: string): Finding => ({ id, stance: 'asserts', text, claim: claims.get(id)! });
  const findings = [finding('bone-broth-heals-gut', 'broth seals'), finding('nsaids-raise-permeability', 'ibuprofen')];
  const key = (k: string, target: EventTarget = window) => act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
  const count = (host: HTMLElement) => host.querySelector('[data-testid="presenter-count"]')!.textContent;
  const click = (host: HTMLElement, id: string) => act(() => (host.querySelector(`[data-testid="${id}"]`) as HTMLElement).click());

  it('steps with arrows and Page keys, not from inside a text field, and stops at the ends', () => {
    const host = render(<Presenter title="T" findings={findings} emptyText="none" />);
    expect(count(host)).toBe('Claim 1 of 2');
    key('ArrowLeft');
    expect(count(host)).toBe('Claim 1 of 2');
    key('PageDown');
    expect(count(host)).toBe('Claim 2 of 2');
    key('ArrowRight');
    expect(count(host)).toBe('Claim 2 of 2');
    const field = document.createElement('input');
    document.body.append(field);
    key('ArrowLeft', field);
    expect(count(host)).toBe('Claim 2 of 2');
    key('ArrowLeft');
    expect(count(host)).toBe('Claim 1 of 2');
  });

  it('checks a guess only when both parts are picked, then scores it', () => {
    const host = render(<Presenter title="T" findings={findings} emptyText="none" />);
    const check = () => host.querySelector('[data-testid="guess-check"]') as HTMLButtonElement;
    expect(check().disabled).toBe(true);
    click(host, 'guess-unsupported');
    expect(check().disabled).toBe(true);
    click(host, 'guess-very-low');
    expect(host.querySelector('[data-testid="guess-very-low"]')!.getAttribute('aria-pressed')).toBe('true');
    click(host, 'guess-check');
    expect(host.querySelector('[data-testid="guess-result"]')!.textContent).toContain('Your verdict, Not supported: exactly right.');
    expect(host.querySelector('[data-testid="presenter-score"]')!.textContent).toBe('Score: 4 of 4 points from 1 guess');
    expect(document.activeElement?.id).toBe('answer-title');
  });

  it('says what it was told when there is nothing to present', () => {
    const host = render(<Presenter title="T" findings={[]} emptyText="Nothing here." />);
    expect(host.querySelector('[data-testid="presenter-empty"]')!.textContent).toBe('Nothing here.');
    expect(host.querySelector('[data-testid="report-export"]')).toBeNull();
  });
});
