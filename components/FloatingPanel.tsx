import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** A viewport rectangle (what getBoundingClientRect gives), passed in by the content script. */
export interface AnchorRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const GAP = 8;
const MARGIN = 8;
/** Below this much room a capped, scrolling card is too cramped to read: it may cover the passage instead. */
const MIN_HEIGHT = 160;

export interface PanelPlace {
  top: number;
  left: number;
  /** The card scrolls inside this height, so it fits beside its passage instead of covering it. */
  maxHeight: number;
}

/** The part of the page on screen, in the coordinates of position:fixed (the layout viewport). */
export interface Viewport {
  width: number;
  height: number;
  /** Where a pinch-zoomed view starts inside the layout viewport (0 when not zoomed). */
  left?: number;
  top?: number;
}

/**
 * Where a panel of `size` goes next to `anchor`: below it if it fits, else above; if it fits
 * neither side, on the roomier side with its height capped (it scrolls) so the passage it
 * explains stays visible; only when both sides are cramped does it overlap. Always inside the
 * viewport, which is the visible part of a pinch-zoomed page. Pure, so it is unit-tested.
 */
export function placePanel(anchor: AnchorRect, size: { width: number; height: number }, viewport: Viewport): PanelPlace {
  const x = viewport.left ?? 0;
  const y = viewport.top ?? 0;
  const a = { top: anchor.top - y, bottom: anchor.bottom - y, left: anchor.left - x };
  const roomBelow = viewport.height - MARGIN - (a.bottom + GAP);
  const roomAbove = a.top - GAP - MARGIN;
  const maxLeft = viewport.width - MARGIN - size.width;
  const left = x + Math.min(Math.max(a.left, MARGIN), Math.max(maxLeft, MARGIN));
  if (size.height <= roomBelow) return { top: y + a.bottom + GAP, left, maxHeight: roomBelow };
  if (size.height <= roomAbove) return { top: y + a.top - GAP - size.height, left, maxHeight: roomAbove };
  if (Math.max(roomBelow, roomAbove) >= MIN_HEIGHT) {
    return roomBelow >= roomAbove
      ? { top: y + a.bottom + GAP, left, maxHeight: roomBelow }
      : { top: y + MARGIN, left, maxHeight: roomAbove };
  }
  const maxHeight = viewport.height - 2 * MARGIN;
  return { top: y + Math.max(viewport.height - MARGIN - Math.min(size.height, maxHeight), MARGIN), left, maxHeight };
}

/** The visible part of the page and its pinch-zoom factor (1 without zoom). */
function visibleViewport(view: Window | null): Viewport & { scale: number } {
  const vv = view?.visualViewport;
  if (!vv) return { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768, scale: 1 };
  return { width: vv.width, height: vv.height, left: vv.offsetLeft, top: vv.offsetTop, scale: vv.scale || 1 };
}

/**
 * Fixed-position wrapper that keeps its content next to an anchor rectangle. Being fixed inside
 * our own shadow host, it never moves the page's layout. On a pinch-zoomed page it is placed in
 * the visible part and drawn at its normal on-screen size (scaled by 1/zoom), so it fits there.
 */
export function FloatingPanel({ anchor, children }: { anchor: AnchorRect; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<(PanelPlace & { scale: number }) | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { scale, ...viewport } = visibleViewport(el.ownerDocument.defaultView);
    const size = { width: el.offsetWidth / scale, height: el.offsetHeight / scale };
    setPos({ ...placePanel(anchor, size, viewport), scale });
  }, [anchor.top, anchor.left, anchor.bottom, anchor.right]);
  const zoomed = pos && pos.scale !== 1;
  return (
    <div
      ref={ref}
      className="floating"
      // opacity, not visibility: a visibility:hidden card could not take focus on its first render
      style={{
        top: pos?.top ?? 0,
        left: pos?.left ?? 0,
        maxHeight: pos ? pos.maxHeight * pos.scale : undefined,
        opacity: pos ? 1 : 0,
        ...(zoomed && { transform: `scale(${1 / pos.scale})`, transformOrigin: '0 0' }),
      }}
    >
      {children}
    </div>
  );
}
