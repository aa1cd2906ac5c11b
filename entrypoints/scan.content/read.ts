import { extractVisibleText, type PageElement, type PageTextResult } from '@/claims/page-text';
import { shadowRootOf } from '../lib/shadow-root';

/** Computed display values that keep an element's text in its parent's line. */
const INLINE_DISPLAYS = new Set(['inline', 'contents', 'ruby', 'ruby-text']);

/** The live element behind page-text's structural view (it only ever hands us DOM elements). */
const asElement = (el: PageElement): Element => el as unknown as Element;

/** Computed style, or null for nodes without a window (detached, or a frame that went away). */
function styleOf(el: Element): CSSStyleDeclaration | null {
  const view = el.ownerDocument.defaultView;
  return view ? view.getComputedStyle(el) : null;
}

/**
 * Hidden by CSS: display:none, visibility:hidden/collapse, or content-visibility:hidden.
 * (checkVisibility() is not used: it reports display:contents elements as hidden although their
 * children render.) Called once per element; the first call may flush style, later ones are cheap.
 */
export function isHiddenByCss(el: PageElement): boolean {
  const style = styleOf(asElement(el));
  if (!style) return false;
  return (
    style.display === 'none' ||
    style.visibility === 'hidden' ||
    style.visibility === 'collapse' ||
    style.getPropertyValue('content-visibility') === 'hidden'
  );
}

/**
 * Block or inline from the computed display, so a div styled inline does not split a sentence
 * and a span styled as a block does not fuse two. <br> keeps page-text's own rule.
 */
export function isBlockByCss(el: PageElement): boolean | undefined {
  const node = asElement(el);
  if (node.localName === 'br') return undefined;
  const display = styleOf(node)?.display;
  if (!display) return undefined;
  if (INLINE_DISPLAYS.has(display) || display.startsWith('inline')) return false;
  return true;
}

/**
 * True inside anything the reader can edit: a contenteditable region (the attribute may sit on
 * an ancestor above the unit) or a document in designMode. Their text is the reader's draft.
 */
export function isEditableLive(el: PageElement): boolean {
  const node = asElement(el);
  return 'isContentEditable' in node && (node as HTMLElement).isContentEditable;
}

/**
 * Reads the visible text of one scan unit (an element) with segments that point at live Text
 * nodes, by the rules the command shares (claims/page-text), plus computed-style visibility.
 */
export function readUnit(unit: Element): PageTextResult<Text> {
  return extractVisibleText<Text>(unit as unknown as PageElement, {
    isHidden: isHiddenByCss,
    isEditable: isEditableLive,
    isBlock: isBlockByCss,
    shadowRootOf: (el) => shadowRootOf(asElement(el)),
  });
}
