import { i18n } from '#i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { verdictLabel } from '@/components/words';
import type { Mark } from './anchor';
import { readingOrder, stepMark } from './claim-order';
import { rangeContainsPoint, revealRange } from './geometry';
import { bindKeyboard } from './keyboard';
import type { PageSession } from './page-session';
import { bindPointer } from './pointer';
import { parentOf } from './units';

/**
 * The marked passages at a point, asserted claims first (a sentence can carry several claims on
 * the same words): walks up from the event target to its scan unit, then tests only that unit's
 * marks in the target's own document (x and y are in that document's viewport: a unit around a
 * frame holds marks of both) against the pointer. One mark per claim.
 */
export function marksAtPoint(session: PageSession, target: EventTarget | null, x: number, y: number): Mark[] {
  let el: Element | null = null;
  if (target && 'nodeType' in target) {
    const node = target as Node;
    el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : parentOf(node);
  }
  const doc = el?.ownerDocument;
  for (; el; el = parentOf(el)) {
    if (!session.store.units.has(el)) continue;
    const hits = session.store
      .marksIn(el)
      .filter((m) => m.range.startContainer.ownerDocument === doc && session.store.isShown(m) && rangeContainsPoint(m.range, x, y))
      .sort((a, b) => Number(b.hit.stance === 'asserts') - Number(a.hit.stance === 'asserts'));
    return hits.filter((m, i) => hits.findIndex((o) => o.hit.id === m.hit.id) === i);
  }
  return [];
}

/** Wires pointer, keyboard and scroll to the session's card, all bound to ctx. */
export function bindInteraction(ctx: ContentScriptContext, session: PageSession): void {
  const active = () => session.mode === 'marks';
  const pointer = bindPointer(ctx, session.card, {
    marksAt: (target, x, y) => marksAtPoint(session, target, x, y),
    inOwnUi: (e) => session.view.isOwnEvent(e),
    enabled: () => active() && session.store.units.size > 0,
  });
  session.followFrames((doc) => pointer.listenIn(doc));
  bindKeyboard(ctx, {
    move(direction) {
      if (!active()) return false;
      const order = readingOrder(session.store.visibleMarks());
      const next = stepMark(order, session.card.current, direction);
      if (!next) return false;
      const step = { position: order.indexOf(next) + 1, total: order.length };
      revealRange(next.range);
      void session.card.open(next, 'keyboard', step);
      const verdict = verdictLabel(next.verdict);
      const reading = next.hit.stance === 'asserts' ? verdict : i18n.t('live.mentioned', [verdict]);
      session.view.announceStep(i18n.t('live.step', [step.position, step.total, reading]));
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
