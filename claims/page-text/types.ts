/**
 * Structural views of the DOM that page-text reads. claims/ is compiled without the DOM lib, so
 * these name only the members we use; a browser Node, a happy-dom Node and a hand-made test
 * object all fit them.
 */

/** Any node: element, text, comment, document, document fragment or shadow root. */
export interface PageNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<PageNode>;
}

/** A text node; `data` is its raw character data (what a DOM Range offset indexes). */
export interface PageText extends PageNode {
  readonly data: string;
}

/** An element, with the optional members of hosts, frames and slots. */
export interface PageElement extends PageNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  /** Open shadow root, if any (closed roots read as null, like in a browser). */
  readonly shadowRoot?: PageNode | null;
  /** Same-origin iframe document; reading it may throw for cross-origin frames. */
  readonly contentDocument?: PageNode | null;
  /** On <slot>: the light-DOM nodes rendered in its place. */
  assignedNodes?(options?: { flatten?: boolean }): ArrayLike<PageNode>;
}

/** Node types we branch on (values of the DOM's Node.*_NODE constants). */
export const NODE = { element: 1, text: 3, cdata: 4, document: 9, fragment: 11 } as const;

/** Options of extractVisibleText. */
export interface ExtractOptions {
  /**
   * Extra visibility test, asked for each element not already skipped by the built-in rules.
   * The extension passes one built on getComputedStyle; the command relies on inline styles only.
   */
  isHidden?: (element: PageElement) => boolean;
  /**
   * Live editability, asked with isHidden: the extension passes `isContentEditable`, which an
   * element inherits from an editable ancestor or a document in designMode. The built-in rule
   * sees only a `contenteditable` attribute on the element itself, all the command can know.
   */
  isEditable?: (element: PageElement) => boolean;
  /**
   * Overrides the tag-based block/inline decision (return undefined to keep it). The extension
   * can answer from computed `display`, so a div styled inline does not split a sentence.
   */
  isBlock?: (element: PageElement) => boolean | undefined;
  /**
   * The shadow root an element renders, in place of its `shadowRoot` (open roots only). The
   * extension passes one that also opens closed roots, as content scripts may.
   */
  shadowRootOf?: (element: PageElement) => PageNode | null;
}

/** A run of output text copied from one text node, character for character. */
export interface TextSegment<T extends PageText = PageText> {
  /** Output range: text.slice(start, end). */
  start: number;
  end: number;
  node: T;
  /** Offset in node.data of the character at `start`; the run maps linearly from there. */
  offset: number;
}

/** A run of output text that came from an image's alt text: readable, but not highlightable. */
export interface AltSegment {
  start: number;
  end: number;
  node: null;
  /** Offset in the alt attribute's value of the character at `start`. */
  offset: number;
  image: PageElement;
}

/** Maps output text back to where it came from; sorted by start, never overlapping. */
export type Segment<T extends PageText = PageText> = TextSegment<T> | AltSegment;

/** The visible text of a subtree and its map back to the DOM. */
export interface PageTextResult<T extends PageText = PageText> {
  text: string;
  segments: Segment<T>[];
}
