import { browser } from 'wxt/browser';

/** Firefox gives content scripts this member on every element (Xray); pages never see it. */
interface FirefoxElement extends Element {
  readonly openOrClosedShadowRoot?: ShadowRoot | null;
}

/**
 * An element's shadow root, open or closed. Web components often attach closed roots
 * (`attachShadow({ mode: 'closed' })`: an embedded post, a product card), which `el.shadowRoot`
 * hides from the page's own scripts; an extension's content script may open them: Chrome through
 * `chrome.dom.openOrClosedShadowRoot`, Firefox through the element's `openOrClosedShadowRoot`.
 * Only custom elements (a dash in the name) are asked for a closed root: that is where closed
 * roots live in practice, and an extension API call for every <div> of a 200,000-node page would
 * cost the reader far more than the rare closed root on a plain element is worth.
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const open = el.shadowRoot;
  if (open || !el.localName.includes('-')) return open;
  const firefox = (el as FirefoxElement).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  const dom = (browser as { dom?: { openOrClosedShadowRoot?(element: HTMLElement): ShadowRoot | null } }).dom;
  // Not instanceof HTMLElement: an element of a same-origin frame comes from the frame's realm.
  if (!dom?.openOrClosedShadowRoot || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return null;
  try {
    return dom.openOrClosedShadowRoot(el as HTMLElement);
  } catch {
    return null; // the browser refused the element, or took the API away
  }
}
