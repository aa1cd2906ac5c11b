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

/**
 * Where a panel of `size` goes next to `anchor`: below it if it fits, else above, else wherever
 * it is most visible; always inside the viewport. Pure, so it is unit-tested.
 */
export function placePanel(
  anchor: AnchorRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  let top: number;
  if (below + size.height <= viewport.height - MARGIN) top = below;
  else if (above >= MARGIN) top = above;
  else top = viewport.height - MARGIN - size.height;
  const maxLeft = viewport.width - MARGIN - size.width;
  const left = Math.min(Math.max(anchor.left, MARGIN), Math.max(maxLeft, MARGIN));
  return { top: Math.max(top, MARGIN), left };
}

/**
 * Fixed-position wrapper that keeps its content next to an anchor rectangle. Being fixed inside
 * our own shadow host, it never moves the page's layout.
 */
export function FloatingPanel({ anchor, children }: { anchor: AnchorRect; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
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
      style={{ top: pos?.top ?? 0, left: pos?.left ?? 0, opacity: pos ? 1 : 0 }}
    >
      {children}
    </div>
  );
}
