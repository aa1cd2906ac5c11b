/** A real click on an element found by selector, for specs behind the browser seam (which clicks by coordinates). */
import { pollFor, type E2EPage } from './browser-seam';

type Point = { x: number; y: number };

/**
 * The viewport centre of the first element matching `selector`, in the page or in GutCheck's
 * shadow root, scrolled into view; null while there is none, it is disabled or something covers
 * its centre. Run in the page.
 */
const centreInPage = (selector: string): Point | null => {
  const el = document.querySelector(selector) ?? document.querySelector('gutcheck-ui')?.shadowRoot?.querySelector(selector);
  if (!(el instanceof HTMLElement) || el.matches(':disabled')) return null;
  el.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  const at = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  // Something drawn over it (a line still arriving, a card) would take the click: not yet.
  const root = el.getRootNode() as Document | ShadowRoot;
  const top = root.elementFromPoint(at.x, at.y);
  return top && el.contains(top) ? at : null;
};

/**
 * The viewport centre of the first visible, enabled control of `role` whose accessible name is
 * exactly `name` (its aria-label, else its text); null while there is none or it is covered. Playwright's
 * getByRole(role, { name, exact: true }) for the plain controls the fixtures use, written as a
 * function run in the page so both drivers find the same element. Scrolled into view only as far
 * as it takes, as a reader scrolls to a button: centring it could carry a live page past its
 * own triggers (a feed's "load more" distance) before the click. Run in the page.
 */
const roleCentreInPage = ([role, name]: readonly [string, string]): Point | null => {
  const selector: Record<string, string> = {
    button: 'button:not([role]), [role=button]',
    link: 'a[href]:not([role]), [role=link]',
    tab: '[role=tab]',
  };
  const accessibleName = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const el = [...document.querySelectorAll(selector[role] ?? role)].find(
    (e) => e instanceof HTMLElement && e.checkVisibility() && !e.matches(':disabled') && accessibleName(e) === name,
  );
  if (!(el instanceof HTMLElement)) return null;
  el.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  const at = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  const top = document.elementFromPoint(at.x, at.y);
  return top && el.contains(top) ? at : null;
};

/**
 * Waits (5 s at most) for `find` to locate the element at the same place twice in a row, then
 * clicks its centre with the real mouse. Twice: a page still drawing (the popup's count arriving
 * above its buttons) can move the element between the look and the click, and the click then
 * lands on its neighbour.
 */
async function clickFound<A>(page: E2EPage, find: (arg: A) => Point | null, arg: A, what: string): Promise<void> {
  let before: Point | null = null;
  const same = (p: Point | null) => {
    const steady = p !== null && before !== null && p.x === before.x && p.y === before.y;
    before = p;
    return steady;
  };
  const at = await pollFor(() => page.evaluate(find, arg).catch(() => null), same, 5000, 50);
  if (!at) throw new Error(`nothing enabled matches ${what}`);
  await page.click(at.x, at.y);
}

/**
 * Waits (5 s at most) until the element is there and enabled, as a reader waits for a page to
 * draw, then scrolls it into view and clicks its centre with the real mouse; throws when it never
 * comes. Extension pages draw after async reads (settings, the tab's answer), so a click right
 * after the load event would race them.
 */
export function clickOn(page: E2EPage, selector: string): Promise<void> {
  return clickFound(page, centreInPage, selector, selector);
}

/** Clicks the visible control a reader knows by its role and name ("See more" button, "Gluten" link), as clickOn does. */
export function clickByRole(page: E2EPage, role: 'button' | 'link' | 'tab', name: string): Promise<void> {
  return clickFound(page, roleCentreInPage, [role, name] as const, `${role} "${name}"`);
}
