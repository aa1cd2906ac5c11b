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

/**
 * Where a panel of `size` goes next to `anchor`: below it if it fits, else above; if it fits
 * neither side, on the roomier side with its height capped (it scrolls) so the passage it
 * explains stays visible; only when both sides are cramped does it overlap. Always inside the
 * viewport. Pure, so it is unit-tested.
 */
export function placePanel(
  anchor: AnchorRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): PanelPlace {
  const roomBelow = viewport.height - MARGIN - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - MARGIN;
  const maxLeft = viewport.width - MARGIN - size.width;
  const left = Math.min(Math.max(anchor.left, MARGIN), Math.max(maxLeft, MARGIN));
  if (size.height <= roomBelow) return { top: anchor.bottom + GAP, left, maxHeight: roomBelow };
  if (size.height <= roomAbove) return { top: anchor.top - GAP - size.height, left, maxHeight: roomAbove };
  if (Math.max(roomBelow, roomAbove) >= MIN_HEIGHT) {
    return roomBelow >= roomAbove
      ? { top: anchor.bottom + GAP, left, maxHeight: roomBelow }
      : { top: MARGIN, left, maxHeight: roomAbove };
  }
  const maxHeight = viewport.height - 2 * MARGIN;
  return { top: Math.max(viewport.height - MARGIN - Math.min(size.height, maxHeight), MARGIN), left, maxHeight };
}

/**
 * Fixed-position wrapper that keeps its content next to an anchor rectangle. Being fixed inside
 * our own shadow host, it never moves the page's layout.
 */
export function FloatingPanel({ anchor, children }: { anchor: AnchorRect; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<PanelPlace | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const view = el.ownerDocument.defaultView;
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    setPos(placePanel(anchor, { width: el.offsetWidth, height: el.offsetHeight }, viewport));
  }, [anchor.top, anchor.left, anchor.bottom, anchor.right]);
  return (
    <div
      ref={ref}
      className="floating"
      // opacity, not visibility: a visibility:hidden card could not take focus on its first render
      style={{ top: pos?.top ?? 0, left: pos?.left ?? 0, maxHeight: pos?.maxHeight, opacity: pos ? 1 : 0 }}
    >
      {children}
    </div>
  );
}
