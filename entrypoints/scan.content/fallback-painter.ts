import type { HighlightStyle } from '../lib/settings';
import type { Mark } from './anchor';
import type { MarkPainter } from './highlight-painter';

/** More boxes than this are not drawn (a page with thousands of marks off-screen). */
const MAX_BOXES = 1500;

/**
 * Marks for browsers without the CSS Custom Highlight API: absolutely placed boxes (one per line
 * of a passage, from getClientRects) inside our own shadow root, pointer-events none, so the
 * page's DOM and layout stay untouched. Redrawn at most once per frame on scroll and resize,
 * only for passages in view; with no marks it listens to nothing.
 */
export class FallbackPainter implements MarkPainter {
  private marks = new Set<Mark>();
  private frame = 0;
  private listening = false;
  private markStyle: HighlightStyle = 'tint';
  private readonly onViewportChange = () => this.schedule();

  constructor(
    private readonly container: () => HTMLElement | null,
    private readonly signal: AbortSignal,
  ) {}

  add(marks: readonly Mark[]): void {
    for (const m of marks) this.marks.add(m);
    this.schedule();
  }

  remove(marks: readonly Mark[]): void {
    for (const m of marks) this.marks.delete(m);
    this.schedule();
  }

  clear(): void {
    this.marks.clear();
    this.schedule();
  }

  setStyle(style: HighlightStyle): void {
    this.markStyle = style;
    this.schedule();
  }

  /** Redraws on the next frame (also after our shadow root is mounted). */
  schedule(): void {
    this.listen(this.marks.size > 0);
    if (this.frame || this.signal.aborted) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('scroll', this.onViewportChange, { capture: true, passive: true, signal: this.signal } as AddEventListenerOptions);
    window[method]('resize', this.onViewportChange, { passive: true, signal: this.signal } as AddEventListenerOptions);
  }

  /** Places one box per client rect of every passage in view, reusing box elements. */
  draw(): void {
    const box = this.container();
    if (!box) return;
    box.classList.toggle('plain', this.markStyle === 'underline');
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    let used = 0;
    for (const mark of this.marks) {
      if (used >= MAX_BOXES) break;
      for (const r of mark.range.getClientRects()) {
        if (r.bottom < 0 || r.top > vh || r.right < 0 || r.left > vw || r.width === 0) continue;
        const el = (box.children[used] as HTMLElement | undefined) ?? box.appendChild(document.createElement('div'));
        el.className = `box ${mark.name}`;
        el.style.cssText = `top:${r.top}px;left:${r.left}px;width:${r.width}px;height:${r.height}px`;
        if (++used >= MAX_BOXES) break;
      }
    }
    while (box.children.length > used) box.lastElementChild!.remove();
  }
}
