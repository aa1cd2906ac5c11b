/**
 * How far an element is from the viewport, in pixels (0 when any part is in view), so visible
 * posts are scanned first and the reader sees marks where they are looking.
 */
export function viewportDistance(el: Element, viewportHeight: number): number {
  const r = el.getBoundingClientRect();
  if (r.bottom < 0) return -r.bottom + 1;
  if (r.top > viewportHeight) return r.top - viewportHeight + 1;
  return 0;
}

/** An element with its document-order index and its viewportDistance, for nearestFirst. */
export interface Placed<T extends Element = Element> {
  el: T;
  i: number;
  d: number;
}

/** Nearest to the viewport first; equal ones in document order. */
export const nearestFirst = (a: Placed, b: Placed): number => a.d - b.d || a.i - b.i;

/** Sorts elements nearest-to-the-viewport first; stable, so equal ones keep document order. */
export function visibleFirst<T extends Element>(elements: readonly T[], viewportHeight = window.innerHeight): T[] {
  return elements
    .map((el, i) => ({ el, i, d: viewportDistance(el, viewportHeight) }))
    .sort(nearestFirst)
    .map((x) => x.el);
}

/**
 * False when the unit is not rendered at all (it or an ancestor is display:none, or it sits in
 * a content-visibility:hidden subtree). display:contents elements have no box but their
 * children render, so they count as shown. A loop, not recursion: pages nest display:contents
 * wrappers thousands deep, past the call stack.
 */
export function isRendered(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (typeof cur.checkVisibility !== 'function' || cur.checkVisibility()) return true;
    if (view?.getComputedStyle(cur).display !== 'contents') return false;
  }
  return false;
}
