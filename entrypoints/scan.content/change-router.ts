import { OWN_UI_SELECTOR } from '@/claims/page-text';
/** Our <style> or shadow host, or something inside them: changes there are our own. */
export function isOwnNode(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!el?.closest(OWN_UI_SELECTOR);
}

/** Inline-style properties that can show or hide text (content-visibility contains "visibility"). */
const VISIBILITY_PROPERTIES = ['display', 'visibility', 'content-visibility'];
const MENTIONS_VISIBILITY = /display|visibility/i;

let scratch: HTMLElement | undefined;
/** The visibility properties of a style attribute's text, parsed as the browser parses it. */
function visibilityOf(style: string | null): string {
  scratch ??= document.createElement('div'); // never inserted: parsing only
  scratch.style.cssText = style ?? '';
  return VISIBILITY_PROPERTIES.map((p) => scratch!.style.getPropertyValue(p)).join(';');
}

/**
 * False for attribute changes that cannot have shown or hidden text: a value set to what it was,
 * or an inline style whose display, visibility and content-visibility stayed (animations write
 * opacity and transform many times a second). Any other class change may show text through the
 * page's CSS: its unit is read again and matched only if its visible text changed; on a container
 * of units only the units it showed or hid are read (PageScanner.scanChanged, recheckShown).
 */
export function mayShowOrHide(r: MutationRecord): boolean {
  if (r.type !== 'attributes' || !r.attributeName) return true;
  const now = (r.target as Element).getAttribute(r.attributeName);
  if (now === r.oldValue) return false;
  if (r.attributeName !== 'style') return true;
  if (!MENTIONS_VISIBILITY.test(`${r.oldValue ?? ''} ${now ?? ''}`)) return false; // opacity, transform...
  return visibilityOf(r.oldValue) !== visibilityOf(now);
}

/**
 * Turns a batch of mutation records into the nodes whose scan units must be read again. Our own
 * changes, attribute changes that cannot show or hide text, and anything outside <body> (head,
 * our host beside body) are dropped; for a container already split into units (a feed) only the
 * added children count, so its other posts are not reread. `onNewBody` is called when the page
 * replaced <body> itself. `stale` nodes (changes left unobserved while they kept ticking) are
 * read again, under the same rules (a split container by its children).
 */
export function changedNodes(
  records: readonly MutationRecord[],
  doc: Document,
  isSplit: (el: Element) => boolean,
  onNewBody: (body: HTMLElement) => void,
  stale: readonly Element[] = [],
): Node[] {
  const nodes: Node[] = [];
  const outsideBody = (target: Node) => target.ownerDocument === doc && target.getRootNode() === doc && !doc.body?.contains(target);
  for (const r of records) {
    const target = r.target;
    if (isOwnNode(target) || !mayShowOrHide(r)) continue;
    if (target === doc.documentElement) {
      r.addedNodes.forEach((n) => n === doc.body && onNewBody(doc.body));
      continue;
    }
    if (outsideBody(target)) continue;
    if (r.type === 'childList' && isSplit(target as Element)) {
      r.addedNodes.forEach((n) => isOwnNode(n) || nodes.push(n));
    } else {
      nodes.push(target);
    }
  }
  for (const el of stale) {
    if (isOwnNode(el) || outsideBody(el)) continue;
    // A split container's units are its children: those it gained while unheard are read too.
    if (isSplit(el)) {
      for (const child of el.children) if (!isOwnNode(child)) nodes.push(child);
    } else {
      nodes.push(el);
    }
  }
  return nodes;
}

/**
 * The elements that stood either side of blocks a split container lost (an article's paragraph
 * taken away): what the blocks beside them read as context may have changed
 * (PageScanner.rereadBeside). Our own nodes are not the page's blocks.
 */
export function besideRemoved(records: readonly MutationRecord[], isSplit: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const r of records) {
    if (r.type !== 'childList' || !r.removedNodes.length || !isSplit(r.target as Element)) continue;
    for (const el of [elementAt(r.previousSibling, 'previousElementSibling'), elementAt(r.nextSibling, 'nextElementSibling')]) {
      if (el && !isOwnNode(el)) out.push(el);
    }
  }
  return out;
}

/** `node` if it is an element, else its nearest element sibling that way (past text and comments). */
function elementAt(node: Node | null, step: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  if (!node) return null;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : (node as CharacterData)[step];
}
