import { locateRange, type PageTextResult } from '@/claims/page-text';
import type { ClaimHit } from '@/claims/engine';
import type { Verdict } from '@/claims/schema';

/** CSS highlight names; tests and the document style rely on exactly these. */
export const HIGHLIGHT_NAMES = [
  'gutcheck-supported',
  'gutcheck-mixed',
  'gutcheck-overstated',
  'gutcheck-unsupported',
  'gutcheck-contradicted',
  'gutcheck-context',
] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

/** Asserted hits are styled by verdict; refutations and mentions share one quieter style. */
export function highlightNameFor(stance: ClaimHit['stance'], verdict: Verdict): HighlightName {
  return stance === 'asserts' ? `gutcheck-${verdict}` : 'gutcheck-context';
}

/** One engine hit anchored in the live page. */
export interface Mark {
  /** Unique per content-script run; stable while the mark lives. */
  readonly key: number;
  readonly hit: ClaimHit;
  readonly verdict: Verdict;
  readonly name: HighlightName;
  readonly range: Range;
  /** The passage as the page words it (what the card quotes and a wrong-match report stores). */
  readonly passage: string;
  /** The scan unit the mark came from; rescanning the unit replaces its marks. */
  readonly unit: Element;
}

let nextKey = 1;

/**
 * Turns engine hits (offsets into a unit's text) into DOM Ranges across the unit's text nodes.
 * Hits whose passage holds no highlightable character (only alt text) are dropped; hits for
 * claims missing from the database (verdictOf gives undefined) too.
 */
export function anchorHits(
  unit: Element,
  read: PageTextResult<Text>,
  hits: readonly ClaimHit[],
  verdictOf: (id: string) => Verdict | undefined,
): Mark[] {
  const marks: Mark[] = [];
  for (const hit of hits) {
    const verdict = verdictOf(hit.id);
    const ends = locateRange(read.segments, hit.start, hit.end);
    if (!verdict || !ends) continue;
    const range = ends.start.node.ownerDocument.createRange();
    range.setStart(ends.start.node, ends.start.offset);
    range.setEnd(ends.end.node, ends.end.offset);
    marks.push({
      key: nextKey++,
      hit,
      verdict,
      name: highlightNameFor(hit.stance, verdict),
      range,
      passage: read.text.slice(hit.start, hit.end),
      unit,
    });
  }
  return marks;
}
