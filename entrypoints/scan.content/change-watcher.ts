import { createQuietObserver } from '../lib/quiet-observer';

/**
 * Attributes whose change can show or hide text ("see more", <details>, collapsed sections), or
 * make it the reader's draft (contenteditable: its marks must go). Many sites show the rest of a
 * caption by a class or an inline style alone; change-router drops the class and style changes
 * that cannot have shown anything, before any text is read.
 */
export const WATCHED_ATTRIBUTES = ['hidden', 'open', 'aria-expanded', 'aria-hidden', 'class', 'style', 'contenteditable'];

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: WATCHED_ATTRIBUTES,
  attributeOldValue: true,
};

export interface ChangeWatcher {
  /** Starts watching a document, an open shadow root or a same-origin frame's document (once each). */
  observe(root: Node): void;
  /** Stops watching and drops pending records (page reset, mode off). */
  disconnect(): void;
}

/**
 * Shortest time between two batches. A page that changes all the time (a ticker, a clock, a
 * video's captions) then costs GutCheck a few passes a second, not one per frame; the first
 * change after a quiet spell is still handed over at once.
 */
const MIN_GAP_MS = 250;

/**
 * Collects DOM changes and hands them over in batches, at most one per idle period (or 100 ms
 * when the page is busy) and MIN_GAP_MS apart, so a feed that appends fifty posts costs one pass,
 * and an idle page costs nothing (no timers run without changes).
 */
export function createChangeWatcher(
  onBatch: (records: MutationRecord[], stale: Element[]) => void,
  signal: AbortSignal,
): ChangeWatcher {
  let pending: MutationRecord[] = [];
  let stale: Element[] = [];
  let scheduled = false;

  let lastFlush = -Infinity;
  const flush = () => {
    scheduled = false;
    lastFlush = performance.now();
    const batch = pending;
    const unheard = stale;
    pending = [];
    stale = [];
    if ((batch.length || unheard.length) && !signal.aborted) onBatch(batch, unheard);
  };

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    const whenIdle = () => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(flush, { timeout: 100 });
      else setTimeout(flush, 16);
    };
    const wait = lastFlush + MIN_GAP_MS - performance.now();
    if (wait > 0) setTimeout(whenIdle, wait);
    else whenIdle();
  };
  // A node that keeps changing (a ticker beside the article) is left out while it ticks and
  // handed back as stale about once a second: its unit is read again then (lib/quiet-observer.ts).
  const observer = createQuietObserver({
    init: OBSERVE,
    onRecords: (records) => {
      pending.push(...records);
      schedule();
    },
    onStale: (nodes) => {
      stale.push(...nodes);
      schedule();
    },
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  return {
    observe(root) {
      if (!signal.aborted) observer.observe(root);
    },
    disconnect() {
      observer.disconnect();
      pending = [];
      stale = [];
    },
  };
}
