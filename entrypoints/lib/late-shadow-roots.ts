import { shadowRootOf } from './shadow-root';

/**
 * A custom element the page has not defined yet gets its shadow root when the page defines it,
 * often a second or more after load (a post rendered by a lazily loaded web component). Attaching
 * a shadow root and filling it is no change a MutationObserver on the page reports, so both of
 * GutCheck's scripts would miss that text. They hand each undefined custom element they meet to
 * this watch, which looks at it again for FOLLOW_MS: a host that has a shadow root (open or closed, see shadow-root.ts) by then
 * is reported once; one that is defined without one, removed, or still waiting after FOLLOW_MS is
 * dropped. (A content script's world has no `customElements.whenDefined`: Chromium gives it no
 * registry.)
 */
export interface LateShadowRoots {
  /** Remembers `el` when it is an undefined custom element (for a walk that visits every element). */
  trackElement(el: Element): void;
  /** Remembers the undefined custom elements in `root`, itself included (one native query). */
  trackSubtree(root: Node): void;
}

/** How long a host is followed. */
const FOLLOW_MS = 16_000;
/** Looks come quickly at first (most components are defined within a second of load), then slower. */
const FIRST_LOOK_MS = 250;
const LOOK_GROWTH = 2;
/** Hosts followed at once: a page with more (an app whose tags are never defined) is not followed further until some are dropped. */
const MAX_HOSTS = 2000;

export function watchLateShadowRoots(onRoot: (host: Element, root: ShadowRoot) => void, signal: AbortSignal): LateShadowRoots {
  /** Each followed host and when it was first seen. */
  const hosts = new Map<Element, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = Infinity;
  let gap = FIRST_LOOK_MS;

  /** Looks no later than `delay` from now; a look already due sooner stays (a busy page cannot push it back). */
  const lookWithin = (delay: number) => {
    const at = performance.now() + delay;
    if (timer !== undefined && due <= at) return;
    if (timer !== undefined) clearTimeout(timer);
    due = at;
    timer = setTimeout(look, delay);
  };
  const look = () => {
    timer = undefined;
    due = Infinity;
    if (signal.aborted) return;
    const now = performance.now();
    for (const [host, since] of hosts) {
      const root = shadowRootOf(host);
      if (root) {
        hosts.delete(host);
        onRoot(host, root);
      } else if (!host.isConnected || host.matches(':defined') || now - since > FOLLOW_MS) {
        hosts.delete(host);
      }
    }
    if (!hosts.size) return;
    gap = Math.min(gap * LOOK_GROWTH, FOLLOW_MS / 2);
    lookWithin(gap);
  };
  signal.addEventListener('abort', () => {
    if (timer !== undefined) clearTimeout(timer);
    hosts.clear();
  }, { once: true });

  const add = (el: Element) => {
    if (hosts.size >= MAX_HOSTS || shadowRootOf(el) || hosts.has(el)) return;
    hosts.set(el, performance.now());
    // A new host is looked at soon, whatever the pace the older ones had reached.
    gap = FIRST_LOOK_MS;
    lookWithin(gap);
  };
  const isWaiting = (el: Element) => el.localName.includes('-') && !el.matches(':defined');
  return {
    trackElement(el) {
      if (!signal.aborted && isWaiting(el)) add(el);
    },
    trackSubtree(root) {
      if (signal.aborted) return;
      if (root.nodeType === Node.ELEMENT_NODE && isWaiting(root as Element)) add(root as Element);
      if ('querySelectorAll' in root) for (const el of (root as ParentNode).querySelectorAll(':not(:defined)')) add(el);
    },
  };
}
