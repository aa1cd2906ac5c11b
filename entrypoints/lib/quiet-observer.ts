/**
 * A MutationObserver over whole roots that stops hearing what keeps changing. Every callback
 * costs the page native upkeep whatever it does (a bare observer on a page whose ticker changes
 * 60 times a second cost it about 14% more main-thread time in Chromium), so a node that changes
 * in two callbacks under HOT_GAP_MS apart (a ticker, a clock, a progress label) is left out of
 * the observation for RELEASE_MS: the rest of the page is still observed exactly, through its
 * siblings and the nodes on its ancestor chain. Then the node is handed back as stale (read it
 * again) and the whole roots are observed again; if it still ticks, it is left out again.
 * Used by the watch script and by the checker, which must not miss a change anywhere else.
 */
const HOT_GAP_MS = 100;
const RELEASE_MS = 1000;
/** At most this many hot nodes left out at once (a page with a clock and a ticker). */
const MAX_HOT = 8;
/** A node with more text than this is not left out: reading it again would cost more than its callbacks. */
const HOT_TEXT_MAX = 5000;
/** Observing around the hot nodes takes one observe() per sibling on their chains; past this, observe whole. */
const MAX_OBSERVED = 2000;

export interface QuietObserverOptions {
  /** What to observe on each root; subtree is implied. */
  init: MutationObserverInit;
  onRecords: (records: MutationRecord[]) => void;
  /** Nodes whose own changes went unheard for a while, to be read again (still connected ones only). */
  onStale: (nodes: Node[]) => void;
}

export interface QuietObserver {
  /** Starts observing a root (a document, a shadow root, a frame's document); once each. */
  observe(root: Node): void;
  /** Stops observing everything; pending records are dropped. */
  disconnect(): void;
}

export function createQuietObserver({ init, onRecords, onStale }: QuietObserverOptions): QuietObserver {
  const whole: MutationObserverInit = { ...init, subtree: true };
  const own: MutationObserverInit = { ...init, subtree: false };
  // Roots are held weakly: an ad frame's document that the page replaced must not be kept alive here.
  let roots = new WeakSet<Node>();
  let rootRefs: WeakRef<Node>[] = [];
  const liveRoots = (): Node[] => {
    rootRefs = rootRefs.filter((ref) => ref.deref());
    return rootRefs.map((ref) => ref.deref()!);
  };
  const hot = new Set<Node>();
  /** Ancestors of the hot nodes (up to their roots) while they are left out: observed without their subtrees. */
  let chain = new Set<Node>();
  let release: ReturnType<typeof setTimeout> | undefined;
  let lastTime = -Infinity;
  let lastPoints = new Set<Node>();

  const observer = new MutationObserver((records) => {
    onRecords(records);
    if (chain.size) observeAdded(records);
    noteHot(records);
  });

  /** While nodes are left out, what is added under their chain is observed with its subtree. */
  const observeAdded = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type !== 'childList' || !chain.has(r.target)) continue;
      for (const n of r.addedNodes) if (!hot.has(n)) observer.observe(n, whole);
    }
  };

  const noteHot = (records: MutationRecord[]) => {
    const now = performance.now();
    const points = new Set<Node>();
    for (const r of records) points.add(r.type === 'characterData' ? (r.target.parentNode ?? r.target) : r.target);
    const quick = now - lastTime < HOT_GAP_MS;
    const before = lastPoints;
    lastTime = now;
    lastPoints = points;
    if (!quick) return;
    let added = false;
    for (const p of points) {
      if (hot.size >= MAX_HOT) break;
      if (!before.has(p) || hot.has(p) || !mayLeaveOut(p)) continue;
      hot.add(p);
      added = true;
    }
    if (added) leaveOut();
  };

  const mayLeaveOut = (node: Node) =>
    !roots.has(node) &&
    node.nodeType === Node.ELEMENT_NODE &&
    node !== node.ownerDocument?.documentElement &&
    node !== node.ownerDocument?.body &&
    (node.textContent?.length ?? 0) <= HOT_TEXT_MAX;

  /** Observes every root except the hot nodes' subtrees; whole roots again if that plan is too large. */
  const leaveOut = () => {
    const pending = observer.takeRecords();
    if (pending.length) onRecords(pending);
    observer.disconnect();
    chain = new Set();
    for (const h of hot) {
      for (let a = h.parentNode; a && !chain.has(a); a = a.parentNode) {
        chain.add(a);
        if (roots.has(a)) break;
      }
    }
    const plan: Array<[Node, MutationObserverInit]> = [];
    const all = liveRoots();
    for (const root of all) if (!chain.has(root)) plan.push([root, whole]);
    for (const a of chain) {
      plan.push([a, own]);
      for (let c = a.firstChild; c; c = c.nextSibling) if (!chain.has(c) && !hot.has(c)) plan.push([c, whole]);
    }
    if (plan.length > MAX_OBSERVED) {
      hot.clear();
      chain = new Set();
      for (const root of all) observer.observe(root, whole);
      return;
    }
    for (const [node, how] of plan) observer.observe(node, how);
    release ??= setTimeout(restore, RELEASE_MS);
  };

  /** Hands the left-out nodes back as stale and observes whole roots again. */
  const restore = () => {
    release = undefined;
    const pending = observer.takeRecords();
    if (pending.length) onRecords(pending);
    observer.disconnect();
    const stale = [...hot].filter((n) => n.isConnected);
    hot.clear();
    chain = new Set();
    lastTime = -Infinity;
    for (const root of liveRoots()) observer.observe(root, whole);
    if (stale.length) onStale(stale);
  };

  return {
    observe(root) {
      if (roots.has(root)) return;
      roots.add(root);
      rootRefs.push(new WeakRef(root));
      observer.observe(root, whole);
    },
    disconnect() {
      clearTimeout(release);
      release = undefined;
      observer.disconnect();
      roots = new WeakSet();
      rootRefs = [];
      hot.clear();
      chain = new Set();
      lastTime = -Infinity;
    },
  };
}
