import type { ExtractOptions, PageElement } from './types';

/**
 * Which elements count as page text. The command (reading saved HTML) and the extension (reading
 * the live DOM) share these rules, so a claim found by one is found by the other.
 */

/** Elements whose content is never rendered as text, or is not the page's own prose. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  // Graphics and media: their children are drawing instructions or fallback content.
  'svg', 'canvas', 'object', 'embed', 'video', 'audio', 'map',
  // Form controls: what a user types, not what the page says.
  'input', 'textarea', 'select', 'option', 'optgroup', 'datalist',
  // Buttons are UI labels ("See more", "Share", "Buy now"), never a sentence of the post.
  'button',
]);

/** Elements that start a new line, so their text never fuses with a neighbour's sentence. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'iframe',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/**
 * Table cells part their row's text without ending the line (see TextBuilder.addCellBreak), by
 * tag even when CSS stacks them on a phone: the row is still one record, and the command, which
 * has no CSS, reads it the same way.
 */
export function isCell(el: Tagged): boolean {
  const tag = tagOf(el);
  return tag === 'td' || tag === 'th';
}

/** An <iframe> or <frame>: its text is its document's, read only when same-origin (frameDocument). */
export function isFrame(el: Tagged): boolean {
  const tag = tagOf(el);
  return tag === 'iframe' || tag === 'frame';
}

/** Void elements: a script-built child under them is never rendered. */
const VOID_TAGS = new Set(['area', 'br', 'col', 'hr', 'img', 'wbr']);

/** True for elements whose children (possible only through scripts) are not drawn. */
export function isVoid(el: PageElement): boolean {
  return VOID_TAGS.has(tagOf(el));
}

/** What the own-UI test needs of an element; a live DOM Element has it as is. */
type Tagged = Pick<PageElement, 'tagName' | 'getAttribute'>;

/** Lower-case tag name (HTML documents report upper case, XML and SVG documents mixed case). */
export function tagOf(el: Tagged): string {
  return el.tagName.toLowerCase();
}

/** `display:none` or `visibility:hidden|collapse` in the inline style attribute. */
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)/i;

/** Attribute on every element GutCheck adds to a document (its shadow host, its style elements). */
export const OWN_UI_ATTR = 'data-gutcheck-ui';

/** The host tag WXT's shadow-root UI is created with (it carries OWN_UI_ATTR once mounted). */
export const OWN_UI_TAG = 'gutcheck-ui';

/** isOwnUi as a selector, for `closest()` from a changed node (OWN_UI_TAG is the only gutcheck- tag we create). */
export const OWN_UI_SELECTOR = `[${OWN_UI_ATTR}], ${OWN_UI_TAG}`;

/**
 * GutCheck's own UI (the shadow host, the highlight style element): never read back as page
 * text, never a unit, never where focus is handed back to, and changes there are our own. The one
 * test for it, shared by the reader and the content script.
 */
export function isOwnUi(el: Tagged): boolean {
  return el.getAttribute(OWN_UI_ATTR) !== null || tagOf(el).startsWith('gutcheck-');
}

/** Editable regions hold the user's draft, which we must neither read nor highlight. */
function isEditable(el: PageElement): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** Hidden by markup alone: `hidden`, aria-hidden="true" or an inline style. */
function isHiddenByMarkup(el: PageElement): boolean {
  if (el.getAttribute('hidden') !== null) return true;
  if (el.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

/** True for a tag whose content is never page text (script, style, media, form controls...), whatever its attributes. */
export function isSkippedTag(el: Tagged): boolean {
  return SKIPPED_TAGS.has(tagOf(el));
}

/**
 * True when the element and everything under it contribute no text. A role="button" element is
 * skipped like <button>: social sites draw "See more" and "Like" that way.
 */
export function isSkipped(el: PageElement, options: ExtractOptions): boolean {
  if (isSkippedTag(el)) return true;
  if (el.getAttribute('role')?.trim().toLowerCase() === 'button') return true;
  if (isOwnUi(el) || isEditable(el) || isHiddenByMarkup(el)) return true;
  return (options.isEditable?.(el) ?? false) || (options.isHidden?.(el) ?? false);
}

/** True when the element starts and ends a line. */
export function isBlock(el: PageElement, options: ExtractOptions): boolean {
  return options.isBlock?.(el) ?? BLOCK_TAGS.has(tagOf(el));
}

/** True when whitespace inside the element is kept as written (line breaks stay breaks). */
export function keepsLineBreaks(el: PageElement): boolean {
  const tag = tagOf(el);
  return tag === 'pre' || tag === 'listing' || tag === 'xmp';
}
