import type { ScanOptions } from '@/claims/engine';

/** How much of a neighbouring block is read as context: a sentence or three either side. */
const NEIGHBOUR_CHARS = 400;
/** How many earlier siblings (of the block and its ancestors) to look at for the heading above it. */
const HEADING_STEPS = 200;
const HEADING_RE = /^h[1-6]$/;
/** Posts of a feed or thread are separate voices: their neighbours are not their context. */
const POST_SELECTOR = 'article,[role=article]';

/**
 * What a careful reader sees around one scan unit: the page title and the heading above it
 * before, and the paragraphs either side of it. The engine reads them with the unit so that
 * "Myth: ..." headings, a refutation in the next paragraph or a framing title decide the stance
 * as they do when the command reads the whole page, without rereading the page for every unit.
 */
export function unitContext(unit: Element): ScanOptions {
  const doc = unit.ownerDocument;
  const before: string[] = [];
  const title = doc.title.trim();
  if (title) before.push(title);
  const heading = headingAbove(unit);
  if (heading) before.push(heading);
  if (unit.matches(POST_SELECTOR)) return { before: before.join('\n\n') };
  const prev = neighbour(unit, 'previousElementSibling');
  if (prev) before.push(prev);
  return { before: before.join('\n\n'), after: neighbour(unit, 'nextElementSibling') };
}

/**
 * The text of the nearest heading before `unit`: a heading among the previous siblings of the
 * unit or of one of its ancestors (or a <header> holding one). Headings inside earlier sections
 * head those sections, not this one, so siblings are not searched inside.
 */
function headingAbove(unit: Element): string | undefined {
  let steps = 0;
  for (let cur: Element | null = unit; cur && steps < HEADING_STEPS; cur = cur.parentElement) {
    for (let sib = cur.previousElementSibling; sib && steps < HEADING_STEPS; sib = sib.previousElementSibling, steps++) {
      const heading = isHeading(sib) ? sib : sib.localName === 'header' ? sib.querySelector('h1,h2,h3,h4,h5,h6,[role=heading]') : null;
      if (heading) return heading.textContent?.trim().replace(/\s+/g, ' ').slice(0, NEIGHBOUR_CHARS) || undefined;
    }
  }
  return undefined;
}

const isHeading = (el: Element) => HEADING_RE.test(el.localName) || el.getAttribute('role') === 'heading';

/** The text of the nearest non-empty sibling block in one direction, climbing to an ancestor's sibling if needed. */
function neighbour(unit: Element, dir: 'previousElementSibling' | 'nextElementSibling'): string | undefined {
  let cur: Element | null = unit;
  for (let depth = 0; cur && depth < 4; depth++, cur = cur.parentElement) {
    for (let sib = cur[dir]; sib; sib = sib[dir]) {
      if (sib.hasAttribute('data-gutcheck-ui') || sib.matches(POST_SELECTOR)) return undefined;
      const text = edgeText(sib, dir === 'previousElementSibling');
      if (text) return text;
    }
  }
  return undefined;
}

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Up to NEIGHBOUR_CHARS of an element's text from its end (or its start), reading only as many
 * text nodes as that takes: a neighbour may be a whole feed, and its full textContent would make
 * every unit beside it cost as much as the feed.
 */
function edgeText(el: Element, fromEnd: boolean): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let size = 0;
  for (let node = fromEnd ? lastText(walker) : walker.nextNode(); node && size < NEIGHBOUR_CHARS; node = fromEnd ? walker.previousNode() : walker.nextNode()) {
    if (NOT_TEXT.has(node.parentElement?.localName ?? '')) continue;
    const data = (node as Text).data;
    if (!data.trim()) continue;
    parts.push(data);
    size += data.length;
  }
  if (fromEnd) parts.reverse();
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return fromEnd ? text.slice(-NEIGHBOUR_CHARS) : text.slice(0, NEIGHBOUR_CHARS);
}

function lastText(walker: TreeWalker): Node | null {
  let last: Node | null = null;
  // lastChild() descends one level at a time; follow it down to the deepest last node.
  for (let n = walker.lastChild(); n; n = walker.lastChild()) last = n;
  return last;
}
