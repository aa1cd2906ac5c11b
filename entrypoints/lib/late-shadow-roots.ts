/**
 * A custom element the page has not defined yet gets its shadow root when the page defines it,
 * often a second or more after load (a post rendered by a lazily loaded web component). Attaching
 * a shadow root and filling it is no change a MutationObserver on the page reports, so both of
 * GutCheck's scripts would miss that text. They hand each undefined custom element they meet to
 * this watch, which looks again after 0.25, 0.5, 1, 2, 4, 8 and 16 s: a host that has an open
 * shadow root by then is reported once; one that is defined without one, or removed, is dropped.
 * (A content script's world has no `customElements.whenDefined`: Chromium gives it no registry.)
 */
export interface LateShadowRoots {
  /** Remembers `el` when it is an undefined custom element (for a walk that visits every element). */
  trackElement(el: Element): void;
  /** Remembers the undefined custom elements in `root`, itself included (one native query). */
  trackSubtree(root: Node): void;
}

const DELAYS_MS = [250, 250, 500, 1000, 2000, 4000, 8000];
/** A page with more waiting hosts than this is not a page of posts: the rest are not followed. */
const MAX_HOSTS = 2000;

export function watchLateShadowRoots(onRoot: (host: Element, root: ShadowRoot) => void, signal: AbortSignal): LateShadowRoots {
  const hosts = new Set<Element>();
  let step = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    if (signal.aborted) return;
    for (const host of hosts) {
      const root = host.shadowRoot;
      if (root) {
        hosts.delete(host);
        onRoot(host, root);
      } else if (!host.isConnected || host.matches(':defined')) {
        hosts.delete(host);
      }
    }
    if (hosts.size && step < DELAYS_MS.length) timer = setTimeout(check, DELAYS_MS[step++]);
  };
  signal.addEventListener('abort', () => {
    if (timer !== undefined) clearTimeout(timer);
    hosts.clear();
  }, { once: true });

  const add = (el: Element) => {
    if (hosts.size >= MAX_HOSTS || el.shadowRoot || hosts.has(el)) return;
    hosts.add(el);
    // A newly tracked host gets the whole series of looks again.
    step = 0;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(check, DELAYS_MS[step++]);
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
