import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { claimCountText } from '@/components/claim-count';
import type { TextSize } from '@/components/text-size';
import type { HighlightStyle } from '../lib/settings';
import type { Mark } from './anchor';
import { FallbackPainter } from './fallback-painter';
import { HighlightPainter, supportsHighlights, type MarkPainter } from './highlight-painter';
import { nextTask } from './next-task';
import type { MountedUi } from './ui';
import { UiStore } from './ui-store';

/** Live-region updates wait this long, so a growing feed is announced once, not per post. */
const LIVE_DELAY_MS = 800;

/**
 * Everything the reader sees in "marks" mode: highlights (or fallback boxes), the shadow-root UI
 * (mounted on first need, so a page without claims gets nothing added), and the live region.
 */
export class MarksView {
  readonly ui = new UiStore();
  private mounted: MountedUi | null = null;
  private mounting: Promise<MountedUi> | null = null;
  private readonly painter: MarkPainter;
  private liveTimer = 0;

  constructor(private readonly ctx: ContentScriptContext) {
    this.painter = supportsHighlights(document)
      ? new HighlightPainter()
      : this.painterWithUi(new FallbackPainter(() => this.mounted?.boxes ?? null, ctx.signal));
  }

  /** Mounts the shadow-root UI once; later calls put it back if the page removed it. */
  async ensureUi(): Promise<MountedUi> {
    if (this.mounted) {
      this.mounted.ensureConnected();
      return this.mounted;
    }
    // React is loaded only now, in a task of its own (see index.ts).
    this.mounting ??= nextTask()
      .then(() => import('./ui'))
      .then(({ mountUi }) => mountUi(this.ctx, this.ui))
      .then((m) => (this.mounted = m));
    return this.mounting;
  }

  /** Puts our host back if the page removed it (checked on each batch of DOM changes). */
  keepMounted(): void {
    this.mounted?.ensureConnected();
  }

  /** True when the event came from inside our shadow host. */
  isOwnEvent(event: Event): boolean {
    const host = this.mounted?.host;
    return !!host && event.composedPath().includes(host);
  }

  /**
   * Paints marks. Returns true when this put our <style> into the page: the browser then restyles
   * the whole document (~40 ms for 1 MB of text), so the caller should end its work slice and let
   * that happen in its own task rather than force it inside the next job.
   */
  add(marks: readonly Mark[]): boolean {
    return marks.length > 0 && this.painter.add(marks) === true;
  }

  remove(marks: readonly Mark[]): void {
    if (marks.length) this.painter.remove(marks);
  }

  /** The person's look: how marks are drawn (redrawn at once) and the card's text size. */
  setLook(highlight: HighlightStyle, textSize: TextSize): void {
    this.painter.setStyle(highlight);
    if (this.ui.get().textSize !== textSize) this.ui.set({ textSize });
  }

  /** Removes every mark and empties the live region (mode change, new page). */
  clear(): void {
    this.painter.clear();
    clearTimeout(this.liveTimer);
    this.liveTimer = 0;
    this.ui.set({ live: '', card: null });
  }

  /** Empties the live region (a new page), so the new page's count is announced even if unchanged. */
  resetAnnouncement(): void {
    clearTimeout(this.liveTimer);
    this.liveTimer = 0;
    if (this.ui.get().live) this.ui.set({ live: '' });
  }

  /** Announces "N claims on this page" politely, after the count has settled. */
  announce(count: number): void {
    clearTimeout(this.liveTimer);
    const text = claimCountText(count);
    if (text === this.ui.get().live) return;
    if (!text && !this.mounted) return;
    this.liveTimer = this.ctx.setTimeout(() => {
      // The region must exist (empty) before its text changes, or it is not announced.
      void this.ensureUi().then(() => this.ctx.setTimeout(() => this.ui.set({ live: text }), 50));
    }, LIVE_DELAY_MS);
  }

  /** Says where the reader stepped ("Claim 3 of 22: Not supported") at once, replacing the count. */
  announceStep(text: string): void {
    clearTimeout(this.liveTimer);
    this.liveTimer = 0;
    this.ui.set({ live: text });
  }

  /** The fallback painter draws into our shadow root, so adding marks mounts it first. */
  private painterWithUi(inner: FallbackPainter): MarkPainter {
    return {
      add: (marks) => {
        inner.add(marks);
        void this.ensureUi().then(() => inner.schedule());
        return false;
      },
      remove: (marks) => inner.remove(marks),
      clear: () => inner.clear(),
      setStyle: (style) => inner.setStyle(style),
    };
  }
}
