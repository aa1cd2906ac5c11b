import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { verdictWords } from '@/claims/words';
import { stepText } from '@/components/EvidenceCard';
import type { Mark } from './anchor';
import { readingOrder, stepMark } from './claim-order';
import { rangeContainsPoint, revealRange } from './geometry';
import { bindKeyboard } from './keyboard';
import type { PageSession } from './page-session';
import { bindPointer } from './pointer';
import { parentOf } from './units';

/**
 * The marked passage at a point: walks up from the event target to its scan unit, then tests
 * only that unit's marks against the pointer (an asserted claim wins over context).
 */
export function markAtPoint(session: PageSession, target: EventTarget | null, x: number, y: number): Mark | null {
  let el: Element | null = null;
  if (target && 'nodeType' in target) {
    const node = target as Node;
    el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : parentOf(node);
  }
  for (; el; el = parentOf(el)) {
    if (!session.store.units.has(el)) continue;
    const hits = session.store
      .marksIn(el)
      .filter((m) => !session.store.dismissed.has(m.hit.id) && rangeContainsPoint(m.range, x, y));
    return hits.find((m) => m.hit.stance === 'asserts') ?? hits[0] ?? null;
  }
  return null;
}

/** Wires pointer, keyboard and scroll to the session's card, all bound to ctx. */
export function bindInteraction(ctx: ContentScriptContext, session: PageSession): void {
  const active = () => session.mode === 'marks';
  bindPointer(ctx, session.card, {
    markAt: (target, x, y) => markAtPoint(session, target, x, y),
    inOwnUi: (e) => session.view.isOwnEvent(e),
    enabled: () => active() && session.store.units.size > 0,
  });
  bindKeyboard(ctx, {
    move(direction) {
      if (!active()) return false;
      const order = readingOrder(session.store.visibleMarks());
      const next = stepMark(order, session.card.current, direction);
      if (!next) return false;
      const step = { position: order.indexOf(next) + 1, total: order.length };
      revealRange(next.range);
      void session.card.open(next, 'keyboard', step);
      const reading = next.hit.stance === 'asserts' ? verdictWords(next.verdict) : `mentioned, not claimed (${verdictWords(next.verdict)})`;
      session.view.announceStep(`${stepText(step)}: ${reading}`);
      return true;
    },
    close() {
      if (!session.card.current) return false;
      session.card.close();
      return true;
    },
  });
  const follow = () => session.card.follow();
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });
}
