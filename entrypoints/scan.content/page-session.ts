import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Verdict } from '@/claims/schema';
import type { TextSize } from '@/components/text-size';
import { watchLateShadowRoots, type LateShadowRoots } from '../lib/late-shadow-roots';
import { requestDatabase } from '../lib/open-database';
import { makeReport, saveReport } from '../lib/reports';
import type { HighlightStyle, Mode } from '../lib/settings';
import type { Mark } from './anchor';
import { CardController } from './card-controller';
import { besideRemoved, changedNodes } from './change-router';
import { createChangeWatcher, type ChangeWatcher } from './change-watcher';
import { loadEngine, type ClaimsEngine } from './engine-loader';
import { MarkStore } from './mark-store';
import { MarksView } from './marks-view';
import { PageScanner } from './page-scanner';
import { ResultsReporter } from './results-reporter';
import { watchUrl } from './url-watcher';
import { createWorkQueue, type WorkQueue } from './work-queue';

/**
 * One tab's GutCheck: scans the page (whole once, then changed units), keeps the found claims,
 * shows them according to the mode, and reports them to the background, again under the new URL
 * after an SPA navigation.
 */
export class PageSession {
  mode: Mode = 'off';
  readonly store = new MarkStore();
  readonly view: MarksView;
  readonly card: CardController;
  private readonly queue: WorkQueue;
  private readonly scanner: PageScanner;
  private readonly watcher: ChangeWatcher;
  /** Custom elements not defined yet: their shadow roots come later, unreported by the watcher. */
  private readonly late: LateShadowRoots;
  private readonly url: { check(): void };
  private readonly reporter = new ResultsReporter();
  /** Same-origin frame documents met while reading (weakly: frames come and go), and who follows them. */
  private readonly frameDocs: WeakRef<Document>[] = [];
  private readonly frameFollowers: ((doc: Document) => void)[] = [];
  private scanning = false;
  private dirty = true;
  /** Bumped on every stop, so a start still waiting for the engine knows it was cancelled. */
  private generation = 0;
  private engine: ClaimsEngine | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    this.view = new MarksView(ctx);
    this.card = new CardController(this.view.ui, {
      claimOf: (id) => this.engine?.getClaim(id),
      ensureUi: async () => void (await this.view.ensureUi()),
      dismiss: (mark) => this.dismiss(mark.hit.id),
      report: (mark, note) =>
        saveReport(makeReport({ url: location.href, passage: mark.passage, claimId: mark.hit.id, verdict: mark.verdict, note })),
      more: requestDatabase,
    });
    this.queue = createWorkQueue({
      signal: ctx.signal,
      onIdle: () => this.publish(),
      onError: (err) => console.debug('[GutCheck] scan job failed', err),
    });
    // The watcher first: the scanner hands it the shadow roots and frames it meets.
    const watcher = createChangeWatcher((records, stale) => this.onChanges(records, stale), ctx.signal);
    this.watcher = watcher;
    // Before the scanner, which hands it the shadow roots it meets. In off mode the hosts it still
    // follows are dropped after its follow time.
    const late = watchLateShadowRoots((host, root) => {
      if (!this.scanning) return;
      watchRoot(root); // now: a root that is still empty would give the scanner no text to find it by
      this.scanner.scanChanged([host]);
    }, ctx.signal);
    this.late = late;
    /** A shadow root or frame document: its changes, and custom elements in it that come alive later. */
    const watchRoot = (root: Node) => {
      watcher.observe(root);
      late.trackSubtree(root);
      if (root.nodeType === Node.DOCUMENT_NODE && root !== document) this.foundFrame(root as Document);
    };
    const matcher = () => this.engine!.getMatcher(); // scanning starts only once the engine is loaded
    this.scanner = new PageScanner(this.store, this.queue, matcher, (id) => this.engine?.getClaim(id)?.verdict, {
      added: (marks) => this.onAdded(marks),
      removed: (marks) => this.onRemoved(marks),
      foundRoot: watchRoot,
    });
    this.url = watchUrl(ctx, () => this.onNewPage());
  }

  /**
   * Calls `follow` with every same-origin frame document read so far and each one read later (a
   * frame that navigates brings a new document), once each: the pointer listens in each of them.
   */
  followFrames(follow: (doc: Document) => void): void {
    this.frameFollowers.push(follow);
    for (const ref of this.frameDocs) {
      const doc = ref.deref();
      if (doc?.defaultView) follow(doc);
    }
  }

  private foundFrame(doc: Document): void {
    if (this.frameDocs.some((ref) => ref.deref() === doc)) return;
    // Frames that navigated or went away leave dead refs: dropped here, so the list stays short.
    for (let i = this.frameDocs.length - 1; i >= 0; i--) if (!this.frameDocs[i]!.deref()) this.frameDocs.splice(i, 1);
    this.frameDocs.push(new WeakRef(doc));
    for (const follow of this.frameFollowers) follow(doc);
  }

  /** Applies a mode: starts or stops scanning, shows or hides marks, updates the badge. */
  setMode(mode: Mode): void {
    const before = this.mode;
    this.mode = mode;
    this.dirty = true;
    if (mode === 'off') {
      this.stopScanning();
      this.reporter.send(location.href, []);
      return;
    }
    if (before === 'marks' && mode === 'badge') {
      this.card.close();
      this.view.clear();
    }
    if (before !== 'marks' && mode === 'marks') this.view.add(this.store.visibleMarks());
    if (!this.scanning) void this.startScanning();
    else this.publish();
  }

  /**
   * Applies the person's look (options page): which verdicts are marked, how marks are drawn and
   * the card's text size. Claims of an unmarked verdict are still found and reported to the
   * background (the badge counts what the page asserts); they are only not shown.
   */
  setLook(look: { unmarked: readonly Verdict[]; highlight: HighlightStyle; cardText: TextSize }): void {
    this.view.setLook(look.highlight, look.cardText);
    const unmarked = new Set(look.unmarked);
    const before = this.store.unmarked;
    if (unmarked.size === before.size && [...unmarked].every((v) => before.has(v))) return;
    this.store.unmarked = unmarked;
    if (this.mode !== 'marks') return;
    const marks = [...this.store.marks()];
    this.view.remove(marks.filter((m) => unmarked.has(m.verdict)));
    this.view.add(marks.filter((m) => before.has(m.verdict) && this.store.isShown(m)));
    if (this.card.current && !this.store.isShown(this.card.current)) this.card.close();
    this.dirty = true;
    if (!this.queue.running) this.publish();
  }

  private async startScanning(): Promise<void> {
    this.scanning = true;
    this.dirty = true;
    const generation = this.generation;
    this.engine ??= await loadEngine();
    if (!this.scanning || generation !== this.generation || this.ctx.isInvalid) return;
    this.watcher.observe(document.documentElement);
    this.scanner.scanAll(document.body ?? document.documentElement);
    this.late.trackSubtree(document);
  }

  private stopScanning(): void {
    this.scanning = false;
    this.generation++;
    this.scanner.cancelDeferred();
    this.watcher.disconnect();
    this.queue.clear();
    this.card.close();
    this.view.clear();
    this.store.reset();
  }

  /**
   * A new URL in the same document (an SPA navigated, or rewrote its URL). No text is read again
   * here: the router's DOM changes arrive as mutations and rescan only what they touch, so the
   * header, sidebar and other kept parts keep their marks (the issue: never the whole page again;
   * a replaceState that changes no text costs nothing). Only the units' rendered state is checked,
   * for views the router showed or hid in ways the mutations do not pin down (a class on <html>).
   * What belongs to the page rather than its text starts over: claims hidden on the old page show
   * again, the card closes, and the count is reported (and announced) afresh for the new URL.
   */
  private onNewPage(): void {
    if (!this.scanning) return;
    this.card.close();
    const hidden = this.store.undismissAll();
    if (this.mode === 'marks') this.view.add(hidden);
    this.view.resetAnnouncement();
    this.reporter.reset();
    this.dirty = true;
    this.scanner.recheckShown([document.documentElement]);
    if (!this.queue.running) this.publish(); // else the queue publishes when it drains
  }

  /** `stale`: elements that kept changing and went unobserved for a while (change-watcher.ts); read like changed ones. */
  private onChanges(records: MutationRecord[], stale: Element[]): void {
    this.url.check(); // an SPA may have navigated before re-rendering
    if (!this.scanning) return;
    this.view.keepMounted();
    const nodes = changedNodes(records, document, (el) => this.store.split.has(el), (body) => this.scanner.scanAll(body), stale);
    if (stale.length || records.some((r) => r.type === 'childList')) this.onRemoved(this.store.pruneDisconnected());
    if (nodes.length) this.scanner.scanChanged(nodes);
    this.scanner.rereadBeside(besideRemoved(records, (el) => this.store.split.has(el)));
    for (const r of records) for (const added of r.addedNodes) if (added.nodeType === Node.ELEMENT_NODE) this.late.trackSubtree(added);
    for (const el of stale) this.late.trackSubtree(el); // what it gained unheard
  }

  private onAdded(marks: readonly Mark[]): void {
    if (!marks.length) return;
    this.dirty = true;
    if (this.mode === 'marks' && this.view.add(marks.filter((m) => this.store.isShown(m)))) {
      this.queue.endSlice();
    }
  }

  private onRemoved(marks: readonly Mark[]): void {
    if (!marks.length) return;
    this.dirty = true;
    this.view.remove(marks);
    if (this.card.current && marks.includes(this.card.current)) this.card.close();
  }

  /** Hides one claim's marks on this page (the card's "Hide on this page"). */
  dismiss(id: string): void {
    this.store.dismissed.add(id);
    this.view.remove([...this.store.marks()].filter((m) => m.hit.id === id));
  }

  /** The queue went idle: tell the background and the live region what the page holds now. */
  private publish(): void {
    if (!this.scanning || !this.dirty) return;
    this.dirty = false;
    this.reporter.send(location.href, this.store.snapshot());
    if (this.mode === 'marks') this.view.announce(this.store.markedAssertedIds().size);
  }
}
