import type { PageText, Segment, TextSegment } from './types';

/** A DOM position: what Range.setStart / setEnd take. */
export interface TextPosition<T extends PageText = PageText> {
  node: T;
  offset: number;
}

/**
 * Which side of a text offset to resolve. `start` finds the character at the offset (for a
 * Range start), `end` the character just before it (for a Range end). They differ only where
 * two segments meet or where the offset falls on a separator or alt text.
 */
export type Bias = 'start' | 'end';

/** Index of the first segment whose end is past `offset` (segments are sorted and disjoint). */
function firstEndingAfter(segments: readonly Segment<PageText>[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the text segment `locate` would use, or -1 when no text lies on that side. */
function pick(segments: readonly Segment<PageText>[], offset: number, bias: Bias): number {
  if (bias === 'start') {
    for (let i = firstEndingAfter(segments, offset); i < segments.length; i++) if (segments[i]!.node) return i;
    return -1;
  }
  for (let i = firstEndingAfter(segments, offset - 1); i >= 0; i--) {
    const seg = segments[i];
    if (seg && seg.node && seg.start < offset) return i;
  }
  return -1;
}

/**
 * Maps an offset in extracted text to a text node and an offset in its data. An offset on a
 * separator or alt text moves to the nearest highlightable character on the `bias` side; null
 * when there is none. For an engine hit use locate(segs, hit.start) and locate(segs, hit.end, 'end').
 */
export function locate<T extends PageText>(
  segments: readonly Segment<T>[],
  offset: number,
  bias: Bias = 'start',
): TextPosition<T> | null {
  const i = pick(segments, offset, bias);
  if (i < 0) return null;
  const seg = segments[i] as TextSegment<T>;
  const clamped = Math.min(Math.max(offset, seg.start), seg.end);
  return { node: seg.node, offset: seg.offset + (clamped - seg.start) };
}

/**
 * Both ends of a text range, ready for Range.setStart/setEnd; null when the range holds no
 * highlightable character (only separators or alt text).
 */
export function locateRange<T extends PageText>(
  segments: readonly Segment<T>[],
  start: number,
  end: number,
): { start: TextPosition<T>; end: TextPosition<T> } | null {
  const a = pick(segments, start, 'start');
  const b = pick(segments, end, 'end');
  if (a < 0 || b < 0 || a > b || start >= end) return null;
  const from = locate(segments, start, 'start');
  const to = locate(segments, end, 'end');
  if (!from || !to || (a === b && from.offset >= to.offset)) return null;
  return { start: from, end: to };
}

/**
 * The inverse of `locate`: the text offset of a DOM position (e.g. a user's selection), or
 * null when the node is not in the text or the position sits inside collapsed whitespace.
 */
export function textOffsetOf<T extends PageText>(
  segments: readonly Segment<T>[],
  node: T,
  offset: number,
): number | null {
  for (const seg of segments) {
    if (seg.node === node && offset >= seg.offset && offset <= seg.offset + (seg.end - seg.start)) {
      return seg.start + (offset - seg.offset);
    }
  }
  return null;
}
