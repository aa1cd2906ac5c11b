import { OWN_UI_ATTR } from '@/claims/page-text';
import type { HighlightStyle } from '../lib/settings';
import { HIGHLIGHT_NAMES, type HighlightName, type Mark } from './anchor';
import { darkName, highlightCss } from './highlight-css';
import { isOnDark } from './on-dark';

/** Every highlight a document may get: each look, and its variant for text on dark backgrounds. */
type PaintName = HighlightName | ReturnType<typeof darkName>;
const PAINT_NAMES: readonly PaintName[] = HIGHLIGHT_NAMES.flatMap((n) => [n, darkName(n)]);

/** A new highlight under `name` in the window's registry; a verdict's outranks context's. */
function register(view: HighlightWindow, name: PaintName): Highlight {
  const highlight = new view.Highlight();
  highlight.priority = name.startsWith('gutcheck-context') ? 0 : 1;
  view.CSS.highlights.set(name, highlight);
  return highlight;
}

/** Draws marks on the page; two implementations: CSS highlights, or fallback boxes. */
export interface MarkPainter {
  /** Returns true when it added a stylesheet to a document (the browser will restyle it all). */
  add(marks: readonly Mark[]): boolean | void;
  remove(marks: readonly Mark[]): void;
  clear(): void;
  /** Underline and tint, or underline only; marks already drawn change at once. */
  setStyle(style: HighlightStyle): void;
}

type HighlightWindow = Window & typeof globalThis;

/** True when `doc` can show CSS Custom Highlights (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function supportsHighlights(doc: Document): boolean {
  const view = doc.defaultView as HighlightWindow | null;
  return !!view && typeof view.Highlight === 'function' && !!view.CSS?.highlights;
}

interface DocLayer {
  style: HTMLStyleElement;
  highlights: Map<PaintName, Highlight>;
}

/**
 * Marks via the CSS Custom Highlight API: the page's DOM is untouched except for one <style>
 * (per document, including same-origin frames) holding the ::highlight() rules.
 */
export class HighlightPainter implements MarkPainter {
  private layers = new Map<Document, DocLayer>();
  private markStyle: HighlightStyle = 'tint';

  setStyle(style: HighlightStyle): void {
    if (style === this.markStyle) return;
    this.markStyle = style;
    const css = highlightCss(style);
    for (const layer of this.layers.values()) layer.style.textContent = css;
    for (const sheet of this.shadowSheets.values()) sheet.replaceSync(css);
  }

  add(marks: readonly Mark[]): boolean {
    const styled = this.styled;
    // All style reads before any write, so the browser restyles once for the batch, not per mark.
    const dark = marks.map((m) => isOnDark(m.range));
    for (const [i, mark] of marks.entries()) {
      const node = mark.range.startContainer;
      const layer = this.layerFor(node.ownerDocument);
      if (!layer) continue;
      this.highlightIn(node.ownerDocument!, layer, dark[i] ? darkName(mark.name) : mark.name).add(mark.range);
      const root = node.getRootNode();
      if (root instanceof (node.ownerDocument!.defaultView as HighlightWindow).ShadowRoot) this.styleShadowRoot(root);
    }
    return this.styled !== styled;
  }

  /** Shadow roots that hold marks, each given the ::highlight() rules once (see styleShadowRoot). */
  private shadowSheets = new Map<ShadowRoot, CSSStyleSheet>();

  /**
   * Firefox applies a document's ::highlight() rules only to text outside shadow roots (Chromium
   * applies them everywhere), so a mark inside a page's own shadow root was found but not drawn.
   * The rules are adopted into that root as a constructed sheet: no element is added to the page.
   */
  private styleShadowRoot(root: ShadowRoot): void {
    if (this.shadowSheets.has(root)) return;
    try {
      const view = root.ownerDocument.defaultView as HighlightWindow;
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(highlightCss(this.markStyle));
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.shadowSheets.set(root, sheet);
    } catch {
      // A closed-off or foreign root refuses the sheet: the mark stays in the registry (keyboard, badge).
    }
  }

  /**
   * The document's highlight for `name`. The dark variants are registered only once a mark on a
   * dark background needs one: most documents never do, and Firefox mixed up the registries of a
   * page and its srcdoc frame when each was given twelve highlights up front (the frame's marks
   * were drawn into the page's registry; test/e2e/specs/hostile-pages.spec.ts, late frame).
   */
  private highlightIn(doc: Document, layer: DocLayer, name: PaintName): Highlight {
    let highlight = layer.highlights.get(name);
    if (!highlight) {
      highlight = register(doc.defaultView as HighlightWindow, name);
      layer.highlights.set(name, highlight);
    }
    return highlight;
  }

  /** Counts <style> insertions, so add() can report one. */
  private styled = 0;

  remove(marks: readonly Mark[]): void {
    for (const mark of marks) {
      const doc = mark.range.startContainer.ownerDocument;
      const layer = doc && this.layers.get(doc);
      if (!layer) continue;
      layer.highlights.get(mark.name)?.delete(mark.range);
      layer.highlights.get(darkName(mark.name))?.delete(mark.range);
    }
  }

  clear(): void {
    for (const [root, sheet] of this.shadowSheets) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    this.shadowSheets.clear();
    for (const [doc, layer] of this.layers) {
      const view = doc.defaultView as HighlightWindow | null;
      for (const name of PAINT_NAMES) view?.CSS.highlights.delete(name);
      layer.style.remove();
    }
    this.layers.clear();
  }

  /** The document's highlights, created on first use; our <style> is put back if a page removed it. */
  private layerFor(doc: Document | null): DocLayer | null {
    if (!doc || !supportsHighlights(doc)) return null;
    let layer = this.layers.get(doc);
    if (!layer) {
      const view = doc.defaultView as HighlightWindow;
      const highlights = new Map<PaintName, Highlight>();
      for (const name of HIGHLIGHT_NAMES) highlights.set(name, register(view, name));
      const style = doc.createElement('style');
      style.setAttribute(OWN_UI_ATTR, '');
      style.textContent = highlightCss(this.markStyle);
      layer = { style, highlights };
      this.layers.set(doc, layer);
    }
    if (!layer.style.isConnected) {
      (doc.head ?? doc.documentElement).append(layer.style);
      this.styled++;
    }
    return layer;
  }
}
