/** A real click on an element found by selector, for specs behind the browser seam (which clicks by coordinates). */
import { pollFor, type E2EPage } from './browser-seam';

/**
 * The viewport centre of the first element matching `selector`, in the page or in GutCheck's
 * shadow root, scrolled into view; null while there is none or it is disabled. Run in the page.
 */
const centreInPage = (selector: string): { x: number; y: number } | null => {
  const el = document.querySelector(selector) ?? document.querySelector('gutcheck-ui')?.shadowRoot?.querySelector(selector);
  if (!(el instanceof HTMLElement) || el.matches(':disabled')) return null;
  el.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

/**
 * Waits (5 s at most) until the element is there and enabled, as a reader waits for a page to
 * draw, then scrolls it into view and clicks its centre with the real mouse; throws when it never
 * comes. Extension pages draw after async reads (settings, the tab's answer), so a click right
 * after the load event would race them.
 */
export async function clickOn(page: E2EPage, selector: string): Promise<void> {
  const at = await pollFor(() => page.evaluate(centreInPage, selector).catch(() => null), (p) => p !== null, 5000, 50);
  if (!at) throw new Error(`nothing enabled matches ${selector}`);
  await page.click(at.x, at.y);
}
