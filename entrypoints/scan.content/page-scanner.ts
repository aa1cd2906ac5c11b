import type { ClaimHit, Matcher, ScanOptions } from '@/claims/engine';
import type { PageTextResult } from '@/claims/page-text';
import { frameDocument, isOwnUi } from '@/claims/page-text';
import type { Verdict } from '@/claims/schema';
import { anchorHits, type Mark } from './anchor';
import { blocksBeside, contextKey, unitContext } from './context';
import type { FramedText, MarkStore } from './mark-store';
import { readUnit } from './read';
import { reconcile } from './reconcile';
import { isRendered, nearestFirst, viewportDistance, visibleFirst, type Placed } from './unit-order';
import { mustSplit, planUnits, unitFor, unitPlanner } from './units';
import type { Job, WorkQueue } from './work-queue';

/** Units whose rendered state one job of recheckShown checks (checkVisibility each, no reading). */
const RECHECK_BATCH = 200;
/**
 * A unit changed this often within BUSY_WINDOW_MS is busy (a ticker, a clock, a live score): its
 * later changes are read together once per BUSY_DELAY_MS instead of at every change.
 */
const BUSY_CHANGES = 3;
const BUSY_WINDOW_MS = 2000;
const BUSY_DELAY_MS = 1000;
/**
 * Above this many characters a unit's text is matched in windows of about this size, one job
 * each (a few ms), then anchored in one more. A unit is split by its elements (units.ts), but one
 * text node (a pasted transcript, a 5 MB log) has nothing to split by, and matching it in one job
 * would hold the page's main thread for hundreds of milliseconds.
 */
export const WINDOW_CHARS = 16_000;
/** Time one planning job of the whole-page pass may take before it hands over to the next task. */
const PLAN_SLICE_MS = 6;

/** What the scanner reports; the controller turns it into highlights, badge and live region. */
export interface ScanEvents {
  added(marks: readonly Mark[]): void;
  removed(marks: readonly Mark[]): void;
  /** A shadow root or frame document met while reading, to be watched for changes too. */
  foundRoot(root: Node): void;
}

/**
 * Reads the page unit by unit through the work queue: a first pass over the whole document,
 * then only the units that DOM changes touch. Each job reads and scans one unit (a few ms).
 */
export class PageScanner {
  constructor(
    private readonly store: MarkStore,
    private readonly queue: WorkQueue,
    private readonly matcher: () => Matcher,
    private readonly verdictOf: (id: string) => Verdict | undefined,
    private readonly events: ScanEvents,
  ) {}

  /**
   * The one whole-page pass (page load, or a new URL): plan units, then scan visible ones first.
   * Planning is sliced (PLAN_SLICE_MS a job, see unitPlanner), each unit's distance from the
   * viewport taken as it is found, so no job walks a huge page whole.
   */
  scanAll(root: Element): void {
    const found: Placed[] = [];
    const height = window.innerHeight;
    const planner = unitPlanner(root, this.store.split, (el) => found.push({ el, i: found.length, d: viewportDistance(el, height) }));
    const plan: Job = () => {
      if (!root.isConnected) return; // the page replaced its body meanwhile: that one is planned anew
      const start = performance.now();
      if (planner.walk(() => performance.now() - start > PLAN_SLICE_MS)) this.queueUnits(found.sort(nearestFirst).map((x) => x.el));
      else this.queue.push([plan], true);
    };
    this.queue.push([
      plan,
      () => void this.matcher(), // built once per page (~20 ms on 2 cores): a job of its own
    ]);
  }

  /**
   * Queues the units that changed nodes belong to (one job per unit, deduplicated). A changed
   * split container (its class, style or hidden changed, or it was moved) may have shown or
   * hidden the units inside it: those are checked by recheckShown.
   */
  scanChanged(nodes: Iterable<Node>): void {
    const units = new Set<Element>();
    const containers = new Set<Element>();
    for (const node of nodes) {
      if (node.nodeType === Node.ELEMENT_NODE && this.store.split.has(node as Element)) {
        containers.add(node as Element);
        continue;
      }
      const unit = unitFor(node, this.index);
      if (unit) units.add(unit);
    }
    const roots = [...units].filter((u) => !hasAncestorIn(u, units) && !this.deferIfBusy(u));
    if (roots.length) this.scanUnits(roots, true);
    if (containers.size) this.recheckShown([...containers]);
  }

  /** When each unit was last rescanned for a change (times within BUSY_WINDOW_MS). */
  private readonly changeTimes = new WeakMap<Element, number[]>();
  /** Busy units waiting for the deferred read, and its timer. */
  private readonly deferred = new Set<Element>();
  private deferTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * True when `unit` is busy: it is then read with the other busy units after BUSY_DELAY_MS. Every
   * change counts, read at once or deferred, so a unit that keeps changing stays busy rather than
   * earning a few immediate reads again each time its older changes leave the window.
   */
  private deferIfBusy(unit: Element): boolean {
    const now = performance.now();
    const times = (this.changeTimes.get(unit) ?? []).filter((t) => now - t < BUSY_WINDOW_MS);
    times.push(now);
    this.changeTimes.set(unit, times);
    if (times.length <= BUSY_CHANGES) return false;
    this.deferred.add(unit);
    this.deferTimer ??= setTimeout(() => {
      this.deferTimer = undefined;
      const units = [...this.deferred];
      this.deferred.clear();
      this.scanUnits(units, true);
    }, BUSY_DELAY_MS);
    return true;
  }

  /** Drops deferred reads (scanning stopped: mode off, new page). */
  cancelDeferred(): void {
    clearTimeout(this.deferTimer);
    this.deferTimer = undefined;
    this.deferred.clear();
  }

  /**
   * Rescans the units under `roots` that were rendered when last read and are not now, or the
   * reverse: a view an SPA shows or hides by a class on a container of posts, or any view after
   * an SPA navigation. Only the rendered state is checked (no text is read), in jobs of
   * RECHECK_BATCH units; a class change on <body> costs one such pass, not a rereading.
   */
  recheckShown(roots: readonly Element[]): void {
    const units = [...this.store.units.keys()].filter((u) => roots.some((r) => r.contains(u)));
    const jobs: Job[] = [];
    for (let i = 0; i < units.length; i += RECHECK_BATCH) {
      const batch = units.slice(i, i + RECHECK_BATCH);
      jobs.push(() => {
        const flipped = batch.filter((u) => {
          const was = this.store.wasRendered(u);
          return was !== undefined && was !== (u.isConnected && isRendered(u));
        });
        if (flipped.length) this.scanUnits(flipped, true);
      });
    }
    this.queue.push(jobs, true);
  }

  private scanUnits(units: readonly Element[], urgent = false): void {
    this.queueUnits(visibleFirst(units), urgent);
  }

  /** One scan job per unit, in the order given. */
  private queueUnits(units: readonly Element[], urgent = false): void {
    const jobs: Job[] = units.map((unit) => {
      // A unit that is neither known nor a split container's child came from unitFor's fallback
      // (a region never read): it may contain older units, which it replaces.
      const known = this.store.units.has(unit) || (unit.parentElement && this.store.split.has(unit.parentElement));
      return () => this.scanUnit(unit, !known);
    });
    this.queue.push(jobs, urgent);
  }

  private readonly index = {
    isUnit: (el: Element) => this.store.units.has(el),
    isSplit: (el: Element) => this.store.split.has(el),
    isOwnUi,
  };

  /** Reads one unit and updates its marks; splits it first if it grew too big or now holds posts. */
  scanUnit(unit: Element, replacesInner = false): void {
    const removed: Mark[] = [];
    if (!unit.isConnected) {
      this.events.removed(this.store.removeUnit(unit));
      return;
    }
    if (mustSplit(unit)) {
      removed.push(...this.store.removeUnit(unit));
      for (const inner of this.store.unitsInside(unit)) removed.push(...this.store.removeUnit(inner));
      this.events.removed(removed);
      this.scanUnits(planUnits(unit, this.store.split), true);
      return;
    }
    if (replacesInner) {
      for (const inner of this.store.unitsInside(unit)) removed.push(...this.store.removeUnit(inner));
    }
    const rendered = isRendered(unit);
    const read = rendered ? readUnit(unit) : { text: '', segments: [] };
    const nodes = textNodesOf(read);
    // Before the unchanged check: an empty frame just added changes no text yet.
    this.watchFrames(unit);
    const context = unitContext(unit);
    const framed = { text: read.text, contextKey: contextKey(context) };
    if (this.store.isUnchanged(unit, framed, nodes, rendered)) return;
    if (read.text.length > WINDOW_CHARS) {
      this.scanInWindows(unit, read, framed, context, nodes, rendered, removed);
      return;
    }
    const hits = read.text ? this.matcher().scan(read.text, context) : [];
    this.settle(unit, read, framed, nodes, rendered, removed, hits);
  }

  /** Matches a long unit's text window by window (see WINDOW_CHARS), each window a job, then settles it. */
  private scanInWindows(unit: Element, read: PageTextResult<Text>, framed: FramedText, context: ScanOptions, nodes: readonly Text[], rendered: boolean, removed: Mark[]): void {
    const hits: ClaimHit[] = [];
    // One read of each node's data: in Firefox every read of `data` from a content script copies
    // the string (a 2 MB <pre> with 24,000 lines read it once per line and froze the tab).
    const texts = nodes.map((n) => n.data);
    const windows = textWindows(read.text, WINDOW_CHARS);
    // The block after is context for the last window only: it follows that window's text.
    const { after, ...inner } = context;
    const jobs: Job[] = windows.map(([start, end], i) => () => {
      const options = i === windows.length - 1 && after ? context : inner;
      for (const hit of this.matcher().scan(read.text.slice(start, end), options)) hits.push({ ...hit, start: hit.start + start, end: hit.end + start });
    });
    jobs.push(() => {
      // Changed meanwhile: the offsets no longer fit, and the change has queued its own rescan.
      if (!unit.isConnected || nodes.some((n, i) => !n.isConnected || n.data !== texts[i])) return;
      // Its context changed meanwhile (and perhaps back, which a rescan would take for no change):
      // the old record stays, and the next change or check reads it with the context it has then.
      if (contextKey(unitContext(unit)) !== framed.contextKey) return;
      this.settle(unit, read, framed, nodes, rendered, removed, hits);
    });
    this.queue.push(jobs, true);
  }

  /** Anchors a unit's hits, keeps its marks and reports what was added and removed. */
  private settle(unit: Element, read: PageTextResult<Text>, framed: FramedText, nodes: readonly Text[], rendered: boolean, removed: Mark[], hits: readonly ClaimHit[]): void {
    const fresh = anchorHits(unit, read, hits, this.verdictOf);
    const { marks, added, removed: gone } = reconcile(this.store.marksIn(unit), fresh);
    const textChanged = this.store.units.get(unit)?.text !== framed.text;
    this.store.setUnit(unit, framed, nodes, marks, rendered);
    this.events.removed([...removed, ...gone]);
    this.events.added(added);
    for (const root of rootsOf(nodes, unit.ownerDocument)) this.events.foundRoot(root);
    // Its own text is context for the prose blocks beside it (only then: a unit read again for its
    // context changed no text, so nothing spreads further).
    if (textChanged) this.rereadStale(blocksBeside(unit));
  }

  /**
   * Reads again the known units beside `elements` (and those elements, if units) whose context no
   * longer matches the key they were matched with: a neighbour's text changed, or a block between
   * was added or removed. A unit that keeps changing is read at most once a second (deferIfBusy),
   * so its neighbours are checked no more often; a check costs their context, not a reading.
   */
  rereadBeside(elements: Iterable<Element>): void {
    this.rereadStale([...elements].flatMap((el) => [el, ...blocksBeside(el)]));
  }

  /** Reads again those of `candidates` that are known units whose context key no longer matches. */
  private rereadStale(candidates: readonly Element[]): void {
    const stale = new Set<Element>();
    for (const unit of candidates) {
      const key = this.store.units.get(unit)?.contextKey;
      if (key !== undefined && unit.isConnected && contextKey(unitContext(unit)) !== key) stale.add(unit);
    }
    if (stale.size) this.scanUnits([...stale], true);
  }

  /** Frames whose loads are listened for (each once). */
  private readonly frames = new WeakSet<Element>();

  /**
   * A frame added after load (an embedded post) or navigated holds no text when its unit is read:
   * its load rescans the unit and its new document is watched for changes. Cross-origin frames
   * load too, but their documents stay closed to us, so the rescan reads nothing new.
   */
  private watchFrames(unit: Element): void {
    const frames = unit.localName === 'iframe' ? [unit as HTMLIFrameElement] : unit.getElementsByTagName('iframe');
    for (const frame of frames) {
      if (this.frames.has(frame)) continue;
      this.frames.add(frame);
      frame.addEventListener('load', () => {
        const doc = frameDocument(frame);
        if (doc) this.events.foundRoot(doc);
        this.scanChanged([frame]);
      });
    }
  }
}

/**
 * [start, end) windows of at most about `size` characters covering `text`, each ending after a
 * sentence or a line where one is near the limit, so a claim is rarely cut in two.
 */
export function textWindows(text: string, size: number): [number, number][] {
  const windows: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const tail = text.slice(start + (size >> 1), end);
      const cut = Math.max(tail.lastIndexOf('. '), tail.lastIndexOf('\n'), tail.lastIndexOf('! '), tail.lastIndexOf('? '));
      if (cut >= 0) end = start + (size >> 1) + cut + 1;
    }
    windows.push([start, end]);
    start = end;
  }
  return windows;
}

/**
 * The text nodes a reading copied from, each once: a node's segments are consecutive, and a <pre>
 * gives one segment per line of the same node.
 */
function textNodesOf(read: PageTextResult<Text>): Text[] {
  const nodes: Text[] = [];
  for (const seg of read.segments) if (seg.node && seg.node !== nodes.at(-1)) nodes.push(seg.node);
  return nodes;
}

/** True when an ancestor of `el` is also in `set` (then scanning the ancestor covers `el`). */
function hasAncestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}

/** Shadow roots and frame documents holding any of `nodes` (other than the page's document). */
function rootsOf(nodes: readonly Text[], doc: Document): Set<Node> {
  const roots = new Set<Node>();
  let last: Node | null = null;
  for (const node of nodes) {
    const parent = node.parentNode;
    if (parent === last) continue;
    last = parent;
    const root = node.getRootNode();
    if (root !== doc) roots.add(root);
  }
  return roots;
}
