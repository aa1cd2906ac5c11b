import { frameDocument, isFrame } from '@/claims/page-text';
import { mentionsGutTopic } from '@/claims/topic';
import { watchLateShadowRoots } from '../lib/late-shadow-roots';
import { createQuietObserver } from '../lib/quiet-observer';
import { shadowRootOf } from '../lib/shadow-root';

/** Longest slice of the walk for shadow roots and frames, in ms: far under a 50 ms long task. */
const SLICE_MS = 4;

/**
 * A changed text node is tested with its parent's text up to this length, so a word that a
 * streaming chat writes in pieces ("intes" + "tinal") is seen whole; a longer parent costs too
 * much per change, and its node is tested alone.
 */
const PARENT_TEXT_MAX = 10_000;

/**
 * A text longer than this is tested in slices of this size, one task each: a 5 MB page with no
 * topic word would otherwise cost one task of about 50 ms. Slices overlap by SLICE_OVERLAP so a
 * word or hashtag across a boundary is still seen whole.
 */
const TEXT_SLICE = 500_000;
const SLICE_OVERLAP = 200;

/** Text nodes and added subtrees only: a class or style change cannot add words to textContent. */
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Calls `onTopic` once, as soon as the page (its title and text, open shadow roots and
 * same-origin frames, including what is added or changed later) holds a word of the gut-health
 * topic. Reads `textContent`, which costs no layout and includes hidden text: a page whose only
 * topic words are behind "see more" still passes, which errs the safe way (see claims/topic.ts).
 * Until then it costs one regular-expression test per text change (a node that keeps changing,
 * one a second: lib/quiet-observer.ts); afterwards nothing.
 */
export function watchForTopic(doc: Document, onTopic: () => void, signal: AbortSignal): void {
  let found = false;
  const seen = new WeakSet<Node>();
  const walkQueue: Node[] = [];
  let walking = false;

  const stop = () => {
    lateLooks.abort();
    observer.disconnect();
    walkQueue.length = 0;
    doc.removeEventListener('load', onFrameLoad, true);
  };
  const foundTopic = () => {
    if (found || signal.aborted) return;
    found = true;
    stop();
    onTopic();
  };

  /** Tests a root's text now and queues its elements for the shadow-root and frame walk. */
  const examine = (root: Node) => {
    if (found || seen.has(root)) return;
    seen.add(root);
    testText(textOf(root));
    if (found) return;
    if (root.nodeType === Node.ELEMENT_NODE || root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      walkQueue.push(root);
      scheduleWalk();
    }
  };
  /** Tests a text for the topic: at once when short, else slice by slice in later tasks. */
  const testText = (text: string) => {
    if (text.length <= TEXT_SLICE) {
      if (mentionsGutTopic(text)) foundTopic();
      return;
    }
    let at = 0;
    const slice = () => {
      if (found || signal.aborted) return;
      const end = Math.min(text.length, at + TEXT_SLICE);
      if (mentionsGutTopic(text.slice(Math.max(0, at - SLICE_OVERLAP), end))) return foundTopic();
      at = end;
      if (at < text.length) setTimeout(slice, 0);
    };
    slice();
  };
  /** A shadow root or a frame's document: its text is not in the page's textContent, and its changes need their own observer. */
  const enter = (root: Node) => {
    if (found || seen.has(root)) return;
    observer.observe(root);
    examine(root);
  };
  // A custom element defined later gets its shadow root then (see late-shadow-roots.ts); the
  // looks end with the watch (stop).
  const lateLooks = new AbortController();
  const late = watchLateShadowRoots((_host, root) => enter(root), lateLooks.signal);
  /** What textContent does not show: a shadow root, a frame's document, an image's alt text (the checker reads all three). */
  const visit = (el: Element) => {
    const shadow = shadowRootOf(el);
    if (shadow) enter(shadow);
    else late.trackElement(el);
    if (isFrame(el)) {
      const frameDoc = frameDocument<Document>(el as HTMLIFrameElement | HTMLFrameElement);
      if (frameDoc) enter(frameDoc);
    } else if (el.localName === 'img' && mentionsGutTopic(el.getAttribute('alt') ?? '')) foundTopic();
  };

  const walkers = new WeakMap<Node, TreeWalker>();
  /** Walks queued roots for shadow hosts and frames until the slice's time is spent; resumes in a later task. */
  const walkSlice = () => {
    walking = false;
    const end = performance.now() + SLICE_MS;
    let steps = 0;
    while (!found && walkQueue.length) {
      // Depth first: a root found on the way (a shadow root, a frame) is walked before the rest.
      const root = walkQueue[walkQueue.length - 1]!;
      let walker = walkers.get(root);
      if (!walker) walkers.set(root, (walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT)));
      // The page removed the element the walk stood on (a framework re-rendering between two
      // slices): from there the walker would only finish the removed subtree. Start the root again.
      if (!root.contains(walker.currentNode)) walker.currentNode = root;
      const el = walker.nextNode() as Element | null;
      if (el) visit(el);
      else walkQueue.splice(walkQueue.lastIndexOf(root), 1);
      // The clock is read every 256 elements: reading it costs more than visiting one.
      if (++steps % 256 === 0 && performance.now() > end) break;
    }
    if (!found && walkQueue.length) scheduleWalk();
  };
  const scheduleWalk = () => {
    if (walking || found) return;
    walking = true;
    setTimeout(walkSlice, 0);
  };

  // A ticker's node is left out of the observation while it ticks and tested when handed back.
  const observer = createQuietObserver({
    init: OBSERVE,
    onRecords: (records) => read(records),
    onStale: (elements) => {
      for (const el of elements) if (!found) readAgain(el);
    },
  });
  /**
   * An element added (or moved back in) or handed back after it was left out: its text, and its
   * shadow roots, frames and image alt text, walked from its start (a walk it finished before
   * would stop at once).
   */
  const readAgain = (el: Element) => {
    seen.delete(el);
    walkers.delete(el);
    examine(el);
    visit(el);
  };
  const read = (records: MutationRecord[]) => {
    for (const record of records) {
      if (found) return;
      if (record.type === 'characterData') {
        if (mentionsGutTopic(textAround(record.target as CharacterData))) return foundTopic();
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          if (mentionsGutTopic(textAround(node as Text))) return foundTopic();
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          readAgain(node as Element);
        }
      }
    }
  };
  // A frame that loads after the walk passed it: its document is new.
  const onFrameLoad = (event: Event) => {
    const target = event.target;
    if (target instanceof Element && isFrame(target)) visit(target);
  };

  signal.addEventListener('abort', stop, { once: true });
  doc.addEventListener('load', onFrameLoad, true);
  enter(doc);
}

/** A node's text; a document's textContent is null, so its root element's (title included) is read. */
function textOf(root: Node): string {
  const node = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : root;
  return node?.textContent ?? '';
}

/** A changed text node's text, with its siblings' when the parent is short (see PARENT_TEXT_MAX). */
function textAround(node: CharacterData): string {
  const parent = node.parentNode;
  const around = parent && parent.nodeType === Node.ELEMENT_NODE ? parent.textContent : null;
  return around !== null && around.length <= PARENT_TEXT_MAX ? around : node.data;
}
