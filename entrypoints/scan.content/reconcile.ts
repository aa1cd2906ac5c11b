import type { Mark } from './anchor';

/** Same claim, same stance, same DOM boundaries: the reader sees the same mark. */
function sameMark(a: Mark, b: Mark): boolean {
  return (
    a.hit.id === b.hit.id &&
    a.hit.stance === b.hit.stance &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}

/**
 * After a unit is read again, keeps the old Mark (and its Range) wherever the new reading found
 * the same passage, so an open card and untouched highlights survive a change elsewhere in the
 * unit. Returns the unit's marks now, and what to add and remove on screen.
 */
export function reconcile(
  before: readonly Mark[],
  fresh: readonly Mark[],
): { marks: Mark[]; added: Mark[]; removed: Mark[] } {
  const unused = new Set(before);
  const marks: Mark[] = [];
  const added: Mark[] = [];
  for (const mark of fresh) {
    const kept = [...unused].find((old) => sameMark(old, mark));
    if (kept) {
      unused.delete(kept);
      marks.push(kept);
    } else {
      marks.push(mark);
      added.push(mark);
    }
  }
  return { marks, added, removed: [...unused] };
}
