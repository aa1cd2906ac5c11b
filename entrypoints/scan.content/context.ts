import type { ScanOptions } from '@/claims/engine';

/** How much of a heading is read as context. */
const HEADING_CHARS = 400;
/** How many earlier siblings (of the block and its ancestors) to look at for the heading above it. */
const HEADING_STEPS = 200;
const HEADING_RE = /^h[1-6]$/;

/**
 * What frames one scan unit: the page title and the heading above it. The engine reads them with
 * the unit, so "Five myths..." titles and "Myth:" headings decide the stance as they do when the
 * command reads the whole page, without rereading the page for every unit. The paragraphs either
 * side are not added: in a feed they are other people's posts, whose cues are not this post's
 * context (a unit is usually a whole post, or up to 4,000 characters of an article, so the
 * sentences around a claim are mostly inside it already).
 */
export function unitContext(unit: Element): ScanOptions {
  const before: string[] = [];
  const title = unit.ownerDocument.title.trim();
  if (title) before.push(title);
  const heading = headingAbove(unit);
  if (heading) before.push(heading);
  return before.length ? { before: before.join('\n\n') } : {};
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
