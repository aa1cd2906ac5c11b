import type { Mark } from './anchor';

/**
 * Marks in reading order: by their unit's position in the document, then by offset within it.
 * (Ranges in different shadow trees cannot be compared directly; units always can.)
 */
export function readingOrder(marks: readonly Mark[]): Mark[] {
  return [...marks].sort((a, b) => {
    if (a.unit !== b.unit) {
      const pos = a.unit.compareDocumentPosition(b.unit);
      if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
      if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
      return 0;
    }
    return a.hit.start - b.hit.start || a.hit.end - b.hit.end;
  });
}

/**
 * The claim after (direction 1) or before (-1) `current`, wrapping at the ends; the first or last
 * one when nothing is current or the current mark is gone. Null when there are no marks.
 */
export function stepMark(ordered: readonly Mark[], current: Mark | null, direction: 1 | -1): Mark | null {
  if (!ordered.length) return null;
  const at = current ? ordered.indexOf(current) : -1;
  if (at < 0) return direction === 1 ? ordered[0]! : ordered[ordered.length - 1]!;
  return ordered[(at + direction + ordered.length) % ordered.length]!;
}
