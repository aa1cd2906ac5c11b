import type { ScanOptions } from '@/claims/engine';
import { isOwnUi, isSkippedTag } from '@/claims/page-text';

/** How much of a heading is read as context. */
const HEADING_CHARS = 400;
/** How many earlier siblings (of the block and its ancestors) to look at for the heading above it. */
const HEADING_STEPS = 200;
const HEADING_RE = /^h[1-6]$/;

/** How much of each neighbouring block is read as context. */
const NEIGHBOUR_CHARS = 600;
/**
 * Blocks of an article's prose, the case measured: only these are given neighbours or serve as
 * one. A comment or post in a <div>, <li> or custom element beside another is someone else's.
 */
const PROSE_SELECTOR = 'p,h1,h2,h3,h4,h5,h6,blockquote,ul,ol,pre';

/**
 * What frames one scan unit: the page title, the heading above it and, in an article, the blocks
 * either side. The engine reads them with the unit, so "Five myths..." titles, "Myth:" headings
 * and a refutation in the next paragraph decide the stance as they do when the command reads the
 * whole page, without rereading the page for every unit. An article longer than a unit is read
 * block by block; read so, training text split into paragraphs lost precision (0.903 -> 0.886)
 * and recall (0.851 -> 0.821) against the whole text, and got the precision back (0.901) with
 * 600 characters of the paragraph before and after. Only prose blocks (PROSE_SELECTOR) are given
 * neighbours or serve as one: in a feed the blocks beside a post are other people's posts, whose
 * cues are not its context.
 */
export function unitContext(unit: Element): ScanOptions {
  const before: string[] = [];
  const title = unit.ownerDocument.title.trim();
  if (title) before.push(title);
  const heading = headingAbove(unit);
  if (heading) before.push(heading);
  const inArticle = unit.matches(PROSE_SELECTOR);
  const previous = inArticle ? neighbourText(unit.previousElementSibling, 'previousElementSibling') : '';
  if (previous && previous !== heading) before.push(previous);
  const after = inArticle ? neighbourText(unit.nextElementSibling, 'nextElementSibling') : '';
  return { ...(before.length && { before: before.join('\n\n') }), ...(after && { after }) };
}

/**
 * The end of the nearest block before (or the start of the one after) that has text, not a post,
 * a script or our own UI: NEIGHBOUR_CHARS of it, whitespace folded, cut before folding so a huge
 * neighbour costs no more than a small one.
 */
function neighbourText(from: Element | null, step: Step): string {
  for (const el of proseBlocks(from, step)) {
    const all = el.textContent ?? '';
    const part = step === 'previousElementSibling' ? all.slice(-2 * NEIGHBOUR_CHARS) : all.slice(0, 2 * NEIGHBOUR_CHARS);
    const text = part.replace(/\s+/g, ' ').trim();
    if (text) return step === 'previousElementSibling' ? text.slice(-NEIGHBOUR_CHARS) : text.slice(0, NEIGHBOUR_CHARS);
  }
  return '';
}

type Step = 'previousElementSibling' | 'nextElementSibling';

/** The prose blocks from `from` on, within three siblings, up to the first block that is not prose (scripts and our UI passed over). */
function* proseBlocks(from: Element | null, step: Step): Generator<Element> {
  for (let el = from, n = 0; el && n < 3; el = el[step], n++) {
    if (isSkippedTag(el) || isOwnUi(el)) continue;
    if (!el.matches(PROSE_SELECTOR)) return;
    yield el;
  }
}

/**
 * The prose blocks that may read `el` as their neighbour, or read past where it stood: the nearest
 * ones on either side, as unitContext walks from them. When `el` changes, is added or is removed,
 * what those blocks read beside them may change ("No study has shown that." added under a claim;
 * an ad inserted between a claim and its refutation), so each is checked (see PageScanner.rereadBeside).
 */
export function blocksBeside(el: Element): Element[] {
  return [...proseBlocks(el.previousElementSibling, 'previousElementSibling'), ...proseBlocks(el.nextElementSibling, 'nextElementSibling')];
}

/** A short key of what frames a unit (see MarkStore.isUnchanged): the same context gives the same key. */
export function contextKey(context: ScanOptions): string {
  return `${context.before ?? ''}\u0000${context.after ?? ''}`;
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
      if (heading) return heading.textContent?.trim().replace(/\s+/g, ' ').slice(0, HEADING_CHARS) || undefined;
    }
  }
  return undefined;
}

const isHeading = (el: Element) => HEADING_RE.test(el.localName) || el.getAttribute('role') === 'heading';
