import { beforeEach, describe, expect, it } from 'vitest';
import { loadDatabase } from '@/claims/cli/load-database';
import type { Mark } from '@/entrypoints/scan.content/anchor';
import { CardController } from '@/entrypoints/scan.content/card-controller';
import { UiStore } from '@/entrypoints/scan.content/ui-store';

/*
 * Where focus goes around a card opened with the keyboard: back to the reader's place on the page
 * when the card closes, and never "back" to GutCheck's own shadow host (isOwnUi), which is not
 * a place on the page. The card's own rendering is tested in evidence-card.test.tsx.
 */
const claim = loadDatabase().find((c) => c.id === 'bone-broth-heals-gut')!;

let host: HTMLElement;
let pageButton: HTMLButtonElement;
let card: CardController;
let mark: Mark;

beforeEach(() => {
  document.body.innerHTML = '<p id="p">Bone broth heals the gut.</p><button id="b">Page button</button>';
  host = document.createElement('gutcheck-ui');
  host.setAttribute('data-gutcheck-ui', '');
  host.tabIndex = -1; // stands for the card's focused control inside the shadow host
  document.body.append(host);
  pageButton = document.getElementById('b') as HTMLButtonElement;
  const text = document.getElementById('p')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 24);
  const hit = { id: claim.id, stance: 'asserts', start: 0, end: 24, matched: [], confidence: 1 } as unknown as Mark['hit'];
  mark = { key: 1, hit, verdict: claim.verdict, name: `gutcheck-${claim.verdict}` as Mark['name'], range, passage: 'Bone broth heals the gut.', unit: document.getElementById('p')! };
  card = new CardController(new UiStore(), {
    claimOf: (id) => (id === claim.id ? claim : undefined),
    ensureUi: async () => undefined,
    dismiss: () => undefined,
    report: async () => undefined,
    more: () => undefined,
  });
});

describe('focus around a keyboard-opened card', () => {
  it('returns focus to the page control the reader left, when focus is in the card at close', async () => {
    pageButton.focus();
    await card.open(mark, 'keyboard');
    host.focus(); // the card took focus
    card.close();
    expect(document.activeElement).toBe(pageButton);
  });

  it('keeps the reader where they went when they left the card before closing it', async () => {
    pageButton.focus();
    await card.open(mark, 'keyboard');
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    card.close();
    expect(document.activeElement).toBe(other);
  });

  it('never hands focus back to its own host: opened from inside GutCheck, it gives nothing back', async () => {
    host.focus();
    await card.open(mark, 'keyboard');
    (document.activeElement as HTMLElement).blur();
    card.close();
    expect(document.activeElement).not.toBe(host);
  });
});
