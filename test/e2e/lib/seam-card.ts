/**
 * GutCheck's evidence card, opened and read the way a reader does, for any driver behind the
 * browser seam. Playwright's locators pierce shadow roots and Puppeteer's do not, so the card is
 * read by a function run in the page that walks into our open shadow root (card.ts is the
 * Playwright twin the older Chromium specs use).
 */
import type { E2EPage } from './browser-seam';
import { pollFor } from './browser-seam';
import type { CardText } from './card';
import { markPointInPage } from './probe';

/** The card's texts, or null when no card is open. Run in the page. */
const cardInPage = (): (CardText & { matched: string; step: string; label: string | null; role: string | null }) | null => {
  const card = document.querySelector('gutcheck-ui')?.shadowRoot?.querySelector('[data-testid="gutcheck-card"]');
  if (!card || !(card instanceof HTMLElement) || !card.checkVisibility()) return null;
  const text = (id: string) => card.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
  return {
    verdict: text('card-verdict'),
    claim: text('card-claim'),
    evidence: card.querySelector('[data-testid="card-evidence"]')?.getAttribute('aria-valuetext') ?? null,
    sources: card.querySelectorAll('[data-testid="card-sources"] a').length,
    matched: text('card-matched'),
    step: text('card-step'),
    label: card.getAttribute('aria-label'),
    role: card.getAttribute('role'),
  };
};

export type OpenCard = NonNullable<ReturnType<typeof cardInPage>>;

/** The open card, or null. */
export function peekCard(page: E2EPage): Promise<OpenCard | null> {
  return page.evaluate(cardInPage, undefined);
}

/** Waits for a card to be open and returns what it says. */
export async function readCard(page: E2EPage, timeoutMs = 5000): Promise<OpenCard> {
  const card = await pollFor(() => peekCard(page), (c) => c !== null, timeoutMs, 50);
  if (!card) throw new Error('no GutCheck card opened');
  return card;
}

/** Closes an open card with Escape and waits until it is gone. */
export async function closeCard(page: E2EPage): Promise<void> {
  if (!(await peekCard(page))) return;
  await page.press('Escape');
  const still = await pollFor(() => peekCard(page), (c) => c === null, 3000, 50);
  if (still) throw new Error('Escape left the card open');
}

/** Opens the card of the index-th range of highlight `name`: a click, or a hover when the passage is all link. */
export async function openCardByPointer(page: E2EPage, name: string, index: number): Promise<OpenCard> {
  await closeCard(page);
  const at = await page.evaluate(markPointInPage, [name, index] as const);
  if (!at) throw new Error(`${name}[${index}] has no visible line box`);
  if (at.onControl) await page.hover(at.x, at.y);
  else await page.click(at.x, at.y);
  return readCard(page);
}

/**
 * Where focus is, through open shadow roots: the element path, the innermost element's id (or test
 * id), and whether it sits in the card. Run in the page (any driver's evaluate).
 */
export const focusInPage = (): { path: string[]; id: string | null; inCard: boolean } => {
  const path: string[] = [];
  let el: Element | null = document.activeElement;
  let last: Element | null = el;
  while (el) {
    path.push(el.localName);
    last = el;
    el = el.shadowRoot?.activeElement ?? null;
  }
  return { path, id: last?.id || last?.getAttribute('data-testid') || null, inCard: !!last?.closest('[data-testid="gutcheck-card"]') };
};

/** Number of ranges in each asserted highlight, in the order of `names`. Run in the page. */
export const highlightSizesInPage = (names: readonly string[]): number[] => names.map((n) => CSS.highlights.get(n)?.size ?? 0);
