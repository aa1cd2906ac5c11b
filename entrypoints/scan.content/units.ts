/**
 * Scan units: the page is read in pieces (a post, a paragraph, a list item) rather than as one
 * string, so each piece is a short job, and a change rescans only its own piece. A big element is
 * split into its children; a small one is read whole so a sentence keeps its context.
 */

import { isOwnUi, isSkippedTag } from '@/claims/page-text';
import { shadowRootOf } from '../lib/shadow-root';

/** Above this many characters of textContent an element is split into its children. */
export const MAX_UNIT_CHARS = 4000;

/** Posts of a feed or thread: each is read on its own, so one new post never rereads the others. */
const POST_SELECTOR = 'article,[role=article]';

/** Tags and roles that end a walk up from a changed node: its own block is rescanned. */
const BLOCK_SELECTOR =
  'article,[role=article],p,li,div,section,blockquote,td,th,dd,dt,figcaption,h1,h2,h3,h4,h5,h6,pre,main,aside,header,footer';

/**
 * Parent element, stepping out of a shadow root to its host and out of a same-origin frame's
 * document to its <iframe> (the frame's text belongs to the unit around the iframe).
 */
export function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  if (!root) return null;
  if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root) return (root as ShadowRoot).host;
  if (root.nodeType === Node.DOCUMENT_NODE) return (root as Document).defaultView?.frameElement ?? null;
  return null;
}

/** Elements that carry text a reader sees although textContent does not show it. */
function hasHiddenText(el: Element): boolean {
  return shadowRootOf(el) !== null || el.localName === 'iframe' || el.localName === 'img';
}

/**
 * Whether an element with no text of its own holds some that textContent does not show: an
 * image, a frame, or a shadow host below it (a feed of web-component posts in a bare wrapper).
 * Only asked of elements whose textContent is empty, which are small in practice.
 */
function holdsHiddenText(el: Element): boolean {
  if (hasHiddenText(el)) return true;
  for (const d of el.querySelectorAll('*')) if (hasHiddenText(d)) return true;
  return false;
}

/**
 * Splits `root` into disjoint units of at most MAX_UNIT_CHARS (where the structure allows), and
 * never bigger than one post: a container of posts (a feed, a thread) is always split.
 * Elements that were split are added to `split`, so later changes inside them resolve to a child.
 * Loose text directly inside a split element is not read (rare: text beside big blocks).
 */
export function planUnits(root: Element, split: WeakSet<Element>, maxChars = MAX_UNIT_CHARS): Element[] {
  const units: Element[] = [];
  unitPlanner(root, split, (unit) => units.push(unit), maxChars).walk(() => false);
  return units;
}

/** Elements planned between two looks at the clock. */
const PLAN_CHECK_EVERY = 64;

/**
 * planUnits as a walk that stops and resumes: `walk(timeUp)` plans until the whole of `root` is
 * done (true) or `timeUp()` says the slice is spent (false; call again to go on), handing each
 * unit to `found` in document order. A page of 200,000 nodes (20,000 rows) took one task of about
 * 100 ms to plan at once.
 */
export function unitPlanner(root: Element, split: WeakSet<Element>, found: (unit: Element) => void, maxChars = MAX_UNIT_CHARS): { walk(timeUp: () => boolean): boolean } {
  const stack: Element[] = [root];
  return {
    walk(timeUp) {
      for (let n = 1; stack.length; n++) {
        if (n % PLAN_CHECK_EVERY === 0 && timeUp()) return false;
        const el = stack.pop()!;
        if (isSkippedTag(el) || isOwnUi(el)) continue; // page-text would skip them: never a unit
        const size = el.textContent?.length ?? 0;
        if (size === 0 && !holdsHiddenText(el)) continue;
        if (!mustSplit(el, maxChars, size)) {
          found(el);
          continue;
        }
        split.add(el);
        const children = el.children;
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      }
      return true;
    },
  };
}

/**
 * True when `el` should be read as several units: it has element children and either more text
 * than `maxChars` or (not being a post itself) posts inside. A shadow host is always read whole.
 */
export function mustSplit(el: Element, maxChars = MAX_UNIT_CHARS, size = el.textContent?.length ?? 0): boolean {
  if (el.children.length === 0 || shadowRootOf(el)) return false;
  if (size > maxChars) return true;
  // A bare wrapper of web-component posts (text only in their shadow roots): one unit per host.
  if (size === 0 && el.children.length > 1 && [...el.children].some((c) => shadowRootOf(c) !== null)) return true;
  return !el.matches(POST_SELECTOR) && el.querySelector(POST_SELECTOR) !== null;
}

/** What a unit lookup needs to know about the current units. */
export interface UnitIndex {
  isUnit(el: Element): boolean;
  isSplit(el: Element): boolean;
  isOwnUi(el: Element): boolean;
}

/**
 * The element to rescan after `node` changed: the unit that holds it, or (inside a split
 * container, e.g. a feed that appended a post) the child of that container holding it, or for a
 * never-read region its nearest block. Null for our own UI and for loose text in a split container.
 */
export function unitFor(node: Node, index: UnitIndex): Element | null {
  const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : parentOf(node);
  if (!start) return null;
  let prev: Element | null = null;
  for (let cur: Element | null = start; cur; prev = cur, cur = parentOf(cur)) {
    if (index.isOwnUi(cur)) return null;
    if (index.isUnit(cur)) return cur;
    if (index.isSplit(cur)) return prev;
  }
  return start.closest(BLOCK_SELECTOR) ?? start;
}
