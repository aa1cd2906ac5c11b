/** Opens GutCheck's evidence card the way a reader does, and reads what it says. */
import type { Locator, Page } from 'playwright-core';
import { locateMark } from './probe';

/** The card inside our shadow host (Playwright locators pierce open shadow roots). */
export const cardOf = (page: Page): Locator => page.locator('gutcheck-ui [data-testid="gutcheck-card"]');

export interface CardText {
  verdict: string;
  claim: string;
  evidence: string | null;
  sources: number;
}

export async function readCard(page: Page): Promise<CardText> {
  const card = cardOf(page);
  await card.waitFor({ state: 'visible', timeout: 5000 });
  return {
    verdict: (await card.locator('[data-testid="card-verdict"]').textContent({ timeout: 2000 })) ?? '',
    claim: (await card.locator('[data-testid="card-claim"]').textContent({ timeout: 2000 })) ?? '',
    evidence: await card.locator('[data-testid="card-evidence"]').first().getAttribute('aria-valuetext', { timeout: 2000 }),
    sources: await card.locator('[data-testid="card-sources"] a').count(),
  };
}

/**
 * Closes an open card with Escape and waits until it is gone. (The close button has its own
 * test; Escape also works when the card has just closed by itself, which a click would not.)
 */
export async function closeCard(page: Page): Promise<void> {
  const card = cardOf(page);
  if (!(await card.isVisible())) return;
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden', timeout: 3000 });
}

/**
 * Opens the card of the index-th range of highlight `name` as a reader would: a click on the
 * passage, or a hover when the passage is all link (a click would leave the page).
 */
export async function openCardByPointer(page: Page, name: string, index: number): Promise<CardText> {
  await closeCard(page);
  const at = await locateMark(page, name, index);
  if (!at) throw new Error(`${name}[${index}] has no visible line box`);
  if (at.onControl) {
    await page.mouse.move(at.x - 3, at.y);
    await page.mouse.move(at.x, at.y, { steps: 2 });
  } else {
    await page.mouse.click(at.x, at.y);
  }
  return readCard(page);
}
