/**
 * MutationObservers over whole roots that stop hearing what keeps changing. Every callback costs
 * the page native upkeep whatever it does (a bare observer on a page whose ticker changes 60
 * times a second cost it about 14% more main-thread time in Chromium), so a small node that
 * changes in two callbacks under HOT_GAP_MS apart (a ticker, a clock, a progress label) is left
 * out of the observation for RELEASE_MS: the rest of its root is still observed exactly, through
 * its siblings and the nodes on its ancestor chain. Then the whole root is observed again: if the
 * node still ticks, its next change is heard and it is left out again; if not, it is handed back
 * as stale (read it again).
 * One observer per root, so leaving a node out re-plans its own root only (a page built of
 * thousands of shadow roots pays for none of the others). Used by the watch script and by the
 * checker, which must not miss a change anywhere else.
 */
const HOT_GAP_MS = 100;
const RELEASE_MS = 1000;
/** At most this many hot nodes left out at once in a root (a page with a clock and a ticker). */
const MAX_HOT = 8;
/**
 * Only a small node is left out: reading it again must cost less than its callbacks, and a
 * container of posts (whose new children the checker reads one by one) is not small.
 */
const SMALL_TEXT = 2000;
const SMALL_ELEMENTS = 32;
/** Observing around the hot nodes takes one observe() per sibling on their chains; past this, the node stays observed. */
const MAX_OBSERVED = 2000;

export interface QuietObserverOptions {
  /** What to observe on each root; subtree is implied. */
  init: MutationObserverInit;
  onRecords: (records: MutationRecord[]) => void;
  /** Elements whose own changes went unheard for a while, to be read again (still connected ones only). */
  onStale: (elements: Element[]) => void;
}

export interface QuietObserver {
  /** Starts observing a root (a document, a shadow root, a frame's document); once each. */
  observe(root: Node): void;
  /** Stops observing everything; pending records are dropped. */
  disconnect(): void;
}

/** One root's observer and what it leaves out. The root is held weakly: a replaced ad frame's document must not be kept alive. */
interface RootWatch {
  root: WeakRef<Node>;
  observer: MutationObserver;
  stopped: boolean;
  hot: Set<Node>;
  /** Ancestors of the hot nodes, up to the root: observed without their subtrees. */
  chain: Set<Node>;
  /** Nodes found too large to leave out (or their plan too large), and when: not tried again for RELEASE_MS. */
  refused: WeakMap<Node, number>;
  release: ReturnType<typeof setTimeout> | undefined;
  /** Nodes just observed again: handed back as stale unless a record of theirs arrives first. */
  returning: Set<Element>;
  lastTime: number;
  /** Where the last callback's text changes were (held weakly: most roots never have a hot node, and this is never cleared for them). */
  lastPoints: WeakSet<Node>;
}

export function createQuietObserver({ init, onRecords, onStale }: QuietObserverOptions): QuietObserver {
  const whole: MutationObserverInit = { ...init, subtree: true };
  const own: MutationObserverInit = { ...init, subtree: false };
  let watches: RootWatch[] = [];
  let roots = new WeakSet<Node>();
  /** Roots that went away leave dead entries: dropped when the list reaches this length, which then doubles. */
  let pruneAt = 16;

  /**
   * The records inside a node left out in this very callback are not passed on (it is heard again
   * or handed back within RELEASE_MS), nor those inside a returning node whose text changed again:
   * that node is handed back whole instead, as what changed while it was unheard may lie anywhere
   * in it. So a ticking node costs its listener one reading per release. A listener that
   * disconnects (the watch found its word) leaves w forgotten, and is told nothing more.
   */
  const heard = (w: RootWatch, records: MutationRecord[]) => {
    const back = w.returning.size ? returned(w, records) : [];
    const late: MutationRecord[] = [];
    const skip = [...back, ...noteHot(w, records, late)];
    const outside = (r: MutationRecord) => !skip.some((n) => n.contains(r.target));
    const kept = skip.length ? records.filter(outside) : records;
    if (kept.length) onRecords(kept);
    const later = late.filter(outside); // taken when the observation was narrowed: newer than `records`
    if (later.length && !w.stopped) onRecords(later);
    if (back.length && !w.stopped) onStale(back);
    if (w.chain.size) observeAdded(w, records);
  };

  /** The returning nodes a text change in `records` falls inside: no longer waiting, to be read whole now. */
  const returned = (w: RootWatch, records: MutationRecord[]): Element[] => {
    const back: Element[] = [];
    for (const r of records) {
      if (r.type === 'attributes') continue;
      for (const n of w.returning) {
        if (!n.contains(r.target)) continue;
        w.returning.delete(n);
        if (n.isConnected) back.push(n);
      }
    }
    return back;
  };

  /** While nodes are left out, what is added under their chain is observed with its subtree. */
  const observeAdded = (w: RootWatch, records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type !== 'childList' || !w.chain.has(r.target)) continue;
      for (const n of r.addedNodes) if (!w.hot.has(n)) w.observer.observe(n, whole);
    }
  };

  // Only text changes make a node hot: an animation writing opacity 60 times a second is
  // filtered by the listener at no reading cost, and a stale hand-back would make it read.
  const noteHot = (w: RootWatch, records: MutationRecord[], late: MutationRecord[]): Element[] => {
    const now = performance.now();
    const points = new Set<Node>();
    for (const r of records) {
      if (r.type === 'characterData') points.add(r.target.parentNode ?? r.target);
      else if (r.type === 'childList') points.add(r.target);
    }
    const quick = now - w.lastTime < HOT_GAP_MS;
    const before = w.lastPoints;
    w.lastTime = now;
    w.lastPoints = new WeakSet(points);
    if (!quick) return [];
    const candidates: Element[] = [];
    for (const p of points) {
      if (!before.has(p) || w.hot.has(p) || now - (w.refused.get(p) ?? -Infinity) < RELEASE_MS) continue;
      if (!mayLeaveOut(p, w)) w.refused.set(p, now);
      else if (w.hot.size + candidates.length < MAX_HOT) candidates.push(p);
    }
    return candidates.length && leaveOut(w, candidates, now, late) ? candidates : [];
  };

  const mayLeaveOut = (node: Node, w: RootWatch): node is Element =>
    node.nodeType === Node.ELEMENT_NODE &&
    node !== w.root.deref() &&
    node !== node.ownerDocument?.documentElement &&
    node !== node.ownerDocument?.body &&
    isSmall(node as Element);

  /**
   * Observes the root except the hot nodes' subtrees; the candidates stay observed if that plan is
   * too large. Records still queued are taken into `late` before the observation is narrowed.
   */
  const leaveOut = (w: RootWatch, candidates: Element[], now: number, late: MutationRecord[]): boolean => {
    const root = w.root.deref();
    if (!root) return false;
    const hot = new Set([...w.hot, ...candidates]);
    const chain = new Set<Node>();
    for (const h of hot) {
      for (let a = h.parentNode; a && !chain.has(a); a = a.parentNode) {
        chain.add(a);
        if (a === root) break;
      }
    }
    const plan: Array<[Node, MutationObserverInit]> = [];
    if (!chain.has(root)) plan.push([root, whole]); // a hot node outside the root (moved away): nothing to narrow
    for (const a of chain) {
      plan.push([a, own]);
      for (let c = a.firstChild; c; c = c.nextSibling) {
        if (chain.has(c) || hot.has(c)) continue;
        plan.push([c, whole]);
        if (plan.length > MAX_OBSERVED) {
          for (const n of candidates) w.refused.set(n, now);
          return false;
        }
      }
    }
    late.push(...w.observer.takeRecords());
    w.observer.disconnect();
    w.hot = hot;
    w.chain = chain;
    for (const [node, how] of plan) w.observer.observe(node, how);
    w.release ??= setTimeout(() => restore(w), RELEASE_MS);
    return true;
  };

  /**
   * Observes the whole root again. A left-out node that still ticks is heard again within
   * HOT_GAP_MS and handed back then (see heard); one that went quiet is handed back as stale when
   * HOT_GAP_MS has passed.
   */
  const restore = (w: RootWatch) => {
    w.release = undefined;
    const pending = w.observer.takeRecords();
    if (pending.length) onRecords(pending);
    if (w.stopped) return;
    w.observer.disconnect();
    // Only elements are left out (mayLeaveOut); the filter says so to the type checker too.
    const returning = new Set([...w.hot].filter((n): n is Element => n.nodeType === Node.ELEMENT_NODE && n.isConnected));
    forget(w);
    w.returning = returning;
    const root = w.root.deref();
    if (root) w.observer.observe(root, whole);
    setTimeout(() => {
      const stale = [...w.returning].filter((n) => n.isConnected);
      w.returning = new Set();
      if (stale.length && !w.stopped) onStale(stale);
    }, HOT_GAP_MS);
  };

  const forget = (w: RootWatch) => {
    w.hot = new Set();
    w.chain = new Set();
    w.lastTime = -Infinity;
    w.lastPoints = new WeakSet();
  };

  return {
    observe(root) {
      if (roots.has(root)) return;
      roots.add(root);
      if (watches.length >= pruneAt) {
        watches = watches.filter((w) => w.root.deref() || (stop(w), false));
        pruneAt = Math.max(16, 2 * watches.length);
      }
      const w: RootWatch = {
        root: new WeakRef(root),
        observer: new MutationObserver((records) => heard(w, records)),
        stopped: false,
        hot: new Set(),
        chain: new Set(),
        refused: new WeakMap(),
        release: undefined,
        returning: new Set(),
        lastTime: -Infinity,
        lastPoints: new WeakSet(),
      };
      watches.push(w);
      w.observer.observe(root, whole);
    },
    disconnect() {
      for (const w of watches) stop(w);
      watches = [];
      roots = new WeakSet();
    },
  };

  function stop(w: RootWatch): void {
    w.stopped = true;
    w.returning = new Set();
    clearTimeout(w.release);
    w.release = undefined;
    w.observer.disconnect();
    forget(w);
  }
}

/** Whether an element holds little: at most SMALL_TEXT characters and SMALL_ELEMENTS elements, walked no further than that. */
function isSmall(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let text = 0;
  let elements = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) text += (n as Text).length; // its length only: no copy of the text, which is not read
    else elements++;
    if (text > SMALL_TEXT || elements > SMALL_ELEMENTS) return false;
  }
  return true;
}
