import { TextBuilder } from './builder';
import { isBlock, isCell, isFrame, isSkipped, isVoid, keepsLineBreaks, tagOf } from './rules';
import { NODE, type ExtractOptions, type PageElement, type PageNode, type PageText, type PageTextResult } from './types';

/** One step of the walk: a node to read, or the end of a block element or table cell (its closing break). */
type Step = { node: PageNode; pre: boolean } | { endBlock: true } | { endCell: true };

/**
 * The text a reader sees in `root` (a document, element, shadow root or fragment), with a map
 * from every output character back to its text node. The command uses it on parsed HTML, the
 * extension on the live page; both then hand `text` to the engine and map hits back with
 * `locate`. The type parameter names the caller's text node type, e.g.
 * `extractVisibleText<Text>(document.body, { isHidden })`, so segments carry real DOM nodes.
 * The walk keeps its own stack rather than recursing: pages nest thousands of elements deep
 * (wrappers with `display: contents`), deeper than the JavaScript call stack allows.
 */
export function extractVisibleText<T extends PageText = PageText>(
  root: PageNode,
  options: ExtractOptions = {},
): PageTextResult<T> {
  const out = new TextBuilder<T>();
  const stack: Step[] = [{ node: root, pre: false }];
  const pushAll = (nodes: ArrayLike<PageNode>, pre: boolean) => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      if (node) stack.push({ node, pre });
    }
  };
  while (stack.length) {
    const step = stack.pop()!;
    if ('endBlock' in step) {
      out.addBreak();
      continue;
    }
    if ('endCell' in step) {
      out.addCellBreak();
      continue;
    }
    const { node, pre } = step;
    switch (node.nodeType) {
      case NODE.text:
        // The caller promised T is its text node type; every node of type 3 is one.
        out.addText((node as T).data, { node: node as T }, pre);
        break;
      case NODE.element:
        readElement(node as PageElement, pre, { out, options, stack, pushAll });
        break;
      case NODE.document:
      case NODE.fragment:
        pushAll(node.childNodes, pre);
        break;
      default:
      // Comments, doctypes, processing instructions: not rendered.
    }
  }
  return out.finish();
}

interface Walk<T extends PageText> {
  out: TextBuilder<T>;
  options: ExtractOptions;
  stack: Step[];
  pushAll(nodes: ArrayLike<PageNode>, pre: boolean): void;
}

/** Reads an element's own text (an image's alt) and queues what it renders, between line breaks if it is a block. */
function readElement<T extends PageText>(el: PageElement, pre: boolean, walk: Walk<T>): void {
  if (isSkipped(el, walk.options)) return;
  if (isCell(el)) {
    walk.out.addCellBreak();
    walk.stack.push({ endCell: true });
  } else if (isBlock(el, walk.options)) {
    walk.out.addBreak();
    walk.stack.push({ endBlock: true });
  }
  const tag = tagOf(el);
  const innerPre = pre || keepsLineBreaks(el);
  const shadow = walk.options.shadowRootOf ? walk.options.shadowRootOf(el) : (el.shadowRoot ?? null);
  if (tag === 'img') {
    const alt = el.getAttribute('alt');
    if (alt) walk.out.addText(alt, { node: null, image: el });
  } else if (isVoid(el)) {
    // <br> and <hr> are only their line break.
  } else if (isFrame(el)) {
    const doc = frameDocument(el);
    if (doc) walk.stack.push({ node: doc, pre: false });
  } else if (tag === 'slot' && typeof el.assignedNodes === 'function') {
    // A slot shows the host's light children assigned to it, or its own fallback content.
    const assigned = el.assignedNodes({ flatten: false });
    walk.pushAll(assigned.length ? assigned : el.childNodes, innerPre);
  } else if (shadow) {
    // With a shadow root, light children render only through its slots (handled above).
    walk.stack.push({ node: shadow, pre: innerPre });
  } else if (tag === 'details' && el.getAttribute('open') === null) {
    // A closed <details> shows only its summary; the rest is read when the reader opens it.
    const summary = firstSummary(el);
    if (summary) walk.stack.push({ node: summary, pre: innerPre });
  } else {
    walk.pushAll(el.childNodes, innerPre);
  }
}

/** The <summary> a <details> element shows when closed: its first child summary element. */
function firstSummary(el: PageElement): PageNode | null {
  const children = el.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child?.nodeType === NODE.element && tagOf(child as PageElement) === 'summary') return child;
  }
  return null;
}

/**
 * A frame's document when same-origin, else null (a cross-origin frame throws or gives null). The
 * one way both the reader and the content script's frame watcher reach into a frame.
 */
export function frameDocument<D>(frame: { readonly contentDocument?: D | null }): D | null {
  try {
    return frame.contentDocument ?? null;
  } catch {
    return null;
  }
}
