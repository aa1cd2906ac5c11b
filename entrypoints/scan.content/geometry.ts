import type { AnchorRect } from '@/components/FloatingPanel';

/**
 * A range's box in the top window's viewport. Ranges inside a same-origin iframe report
 * coordinates in the frame's viewport, so the frame's own position is added.
 */
export function viewportRect(range: Range): AnchorRect {
  const r = range.getBoundingClientRect();
  let top = r.top;
  let left = r.left;
  let view: Window | null = range.startContainer.ownerDocument?.defaultView ?? null;
  while (view && view !== window && view.frameElement) {
    const f = view.frameElement.getBoundingClientRect();
    top += f.top;
    left += f.left;
    view = view.parent;
  }
  return { top, left, bottom: top + r.height, right: left + r.width };
}

/** True when a point lies on one of the range's line boxes (with a little slack for underlines). */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 2): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

/**
 * Scrolls the passage itself into view (centred) unless it is already fully visible: its scroll
 * containers first, innermost out, then the page. Centring the passage's element instead left a
 * sentence of a long paragraph (or of one huge text node) far off-screen.
 */
export function revealRange(range: Range): void {
  const r = viewportRect(range);
  if (r.top >= 0 && r.bottom <= window.innerHeight) return;
  const view = range.startContainer.ownerDocument?.defaultView;
  for (let el = range.startContainer.parentElement; el; el = el.parentElement) {
    if (!view || !isScroller(el, view)) continue;
    const box = el.getBoundingClientRect();
    const passage = range.getBoundingClientRect();
    el.scrollTop += passage.top - box.top - (el.clientHeight - passage.height) / 2;
  }
  const now = viewportRect(range);
  window.scrollBy({ top: now.top - (window.innerHeight - (now.bottom - now.top)) / 2, behavior: 'instant' });
}

/** An element that scrolls its content vertically (the page's own scroller is handled apart). */
function isScroller(el: Element, view: Window): boolean {
  if (el.scrollHeight <= el.clientHeight || el === el.ownerDocument.scrollingElement) return false;
  const overflow = view.getComputedStyle(el).overflowY;
  return overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay';
}
