/** Clicks an element as a reader does (a real mouse click at its centre), for any driver behind the browser seam. */
import type { E2EPage } from './browser-seam';

/** The viewport centre of the first element matching `selector`, in the page or in GutCheck's shadow root, scrolled into view. Run in the page. */
export const centreInPage = (selector: string): { x: number; y: number } | null => {
  const el = document.querySelector(selector) ?? document.querySelector('gutcheck-ui')?.shadowRoot?.querySelector(selector);
  if (!(el instanceof HTMLElement)) return null;
  el.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

/** Scrolls the first match of `selector` into view and clicks its centre with the real mouse. */
export async function clickOn(page: E2EPage, selector: string): Promise<void> {
  const at = await page.evaluate(centreInPage, selector);
  if (!at) throw new Error(`nothing matches ${selector}`);
  await page.click(at.x, at.y);
}
