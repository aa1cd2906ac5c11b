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

/** Scrolls the passage into view (centred) unless it is already fully visible. */
export function revealRange(range: Range): void {
  const r = viewportRect(range);
  if (r.top >= 0 && r.bottom <= window.innerHeight) return;
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
