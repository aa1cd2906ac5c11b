import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mark } from './anchor';
import type { CardController } from './card-controller';

/** Pointer rest before a hover opens the card, and grace before a hover card closes (ms). */
const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 450;

export interface PointerDeps {
  /** The marked passages under the pointer, the one to show first first. */
  marksAt(target: EventTarget | null, x: number, y: number): Mark[];
  /** True when the event happened inside GutCheck's own UI. */
  inOwnUi(event: Event): boolean;
  /** False in badge mode: no cards. */
  enabled(): boolean;
}

/**
 * Hover (after a short rest) or click on a marked passage opens its card. The pointer is
 * hit-tested against the passage's line boxes at most once per frame; a hover card closes when
 * the pointer leaves both passage and card, a clicked card when the reader clicks elsewhere.
 * Never prevents the page's own handling of the event. Listens in the page's document, and in
 * each same-origin frame's document handed to `listenIn` (events there never reach the page's).
 */
export function bindPointer(ctx: ContentScriptContext, card: CardController, deps: PointerDeps): { listenIn(doc: Document): void } {
  let frame = 0;
  // composedPath() is empty once dispatch ends, so the target and own-UI test are taken at once.
  let last: { target: EventTarget | null; x: number; y: number; own: boolean } | null = null;
  let openTimer = 0;
  let openFor: Mark | null = null;
  let closeTimer = 0;

  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = 0;
  };
  const cancelOpen = () => {
    clearTimeout(openTimer);
    openFor = null;
  };

  const evaluate = () => {
    frame = 0;
    const e = last;
    if (!e || !deps.enabled()) return;
    if (e.own) return cancelClose();
    const [mark = null, ...others] = deps.marksAt(e.target, e.x, e.y);
    if (mark && mark === card.current) return cancelClose();
    if (mark && card.openedBy !== 'click' && card.openedBy !== 'keyboard') {
      if (openFor === mark) return;
      cancelOpen();
      openFor = mark;
      openTimer = ctx.setTimeout(() => void card.open(mark, 'hover', undefined, others), HOVER_OPEN_MS);
      return;
    }
    if (!mark) cancelOpen();
    if (card.openedBy === 'hover' && !closeTimer) {
      closeTimer = ctx.setTimeout(() => {
        closeTimer = 0;
        if (card.openedBy === 'hover') card.close();
      }, HOVER_CLOSE_MS);
    }
  };

  const listenIn = (doc: Document) => {
    ctx.addEventListener(
      doc,
      'pointermove',
      (e: PointerEvent) => {
        if (e.pointerType === 'touch') return;
        if (!deps.enabled()) return;
        last = { target: e.composedPath()[0] ?? null, x: e.clientX, y: e.clientY, own: deps.inOwnUi(e) };
        if (!frame) frame = ctx.requestAnimationFrame(evaluate);
      },
      { passive: true },
    );
    ctx.addEventListener(doc, 'click', (e: MouseEvent) => {
      if (!deps.enabled() || deps.inOwnUi(e)) return;
      const [mark, ...others] = deps.marksAt(e.composedPath()[0] ?? null, e.clientX, e.clientY);
      cancelOpen();
      cancelClose();
      if (mark) void card.open(mark, 'click', undefined, others);
      else if (card.current) card.close();
    });
  };
  listenIn(document);
  return { listenIn };
}
