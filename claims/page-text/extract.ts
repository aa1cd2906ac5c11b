import { TextBuilder } from './builder';
import { isBlock, isSkipped, isVoid, keepsLineBreaks, tagOf } from './rules';
import { NODE, type ExtractOptions, type PageElement, type PageNode, type PageText, type PageTextResult } from './types';

interface Walk<T extends PageText> {
  out: TextBuilder<T>;
  options: ExtractOptions;
}

/**
 * The text a reader sees in `root` (a document, element, shadow root or fragment), with a map
 * from every output character back to its text node. The command uses it on parsed HTML, the
 * extension on the live page; both then hand `text` to the engine and map hits back with
 * `locate`. The type parameter names the caller's text node type, e.g.
 * `extractVisibleText<Text>(document.body, { isHidden })`, so segments carry real DOM nodes.
 */
export function extractVisibleText<T extends PageText = PageText>(
  root: PageNode,
  options: ExtractOptions = {},
): PageTextResult<T> {
  const walk: Walk<T> = { out: new TextBuilder<T>(), options };
  visit(root, walk, false);
  return walk.out.finish();
}

function visitAll<T extends PageText>(nodes: ArrayLike<PageNode>, walk: Walk<T>, pre: boolean): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node) visit(node, walk, pre);
  }
}

function visit<T extends PageText>(node: PageNode, walk: Walk<T>, pre: boolean): void {
  switch (node.nodeType) {
    case NODE.text:
      // The caller promised T is its text node type; every node of type 3 is one.
      walk.out.addText((node as T).data, { node: node as T }, pre);
      return;
    case NODE.element:
      visitElement(node as PageElement, walk, pre);
      return;
    case NODE.document:
    case NODE.fragment:
      visitAll(node.childNodes, walk, pre);
      return;
    default:
      // Comments, doctypes, processing instructions: not rendered.
      return;
  }
}

function visitElement<T extends PageText>(el: PageElement, walk: Walk<T>, pre: boolean): void {
  if (isSkipped(el, walk.options)) return;
  const block = isBlock(el, walk.options);
  if (block) walk.out.addBreak();
  const tag = tagOf(el);
  const innerPre = pre || keepsLineBreaks(el);
  if (tag === 'img') {
    const alt = el.getAttribute('alt');
    if (alt) walk.out.addText(alt, { node: null, image: el });
  } else if (isVoid(el)) {
    // <br> and <hr> are only their line break.
  } else if (tag === 'iframe' || tag === 'frame') {
    const doc = frameDocument(el);
    if (doc) visit(doc, walk, false);
  } else if (tag === 'slot' && typeof el.assignedNodes === 'function') {
    // A slot shows the host's light children assigned to it, or its own fallback content.
    const assigned = el.assignedNodes({ flatten: false });
    visitAll(assigned.length ? assigned : el.childNodes, walk, innerPre);
  } else if (el.shadowRoot) {
    // With a shadow root, light children render only through its slots (handled above).
    visit(el.shadowRoot, walk, innerPre);
  } else {
    visitAll(el.childNodes, walk, innerPre);
  }
  if (block) walk.out.addBreak();
}

/** The frame's document when same-origin; a cross-origin frame throws or gives null. */
function frameDocument(el: PageElement): PageNode | null {
  try {
    return el.contentDocument ?? null;
  } catch {
    return null;
  }
}
