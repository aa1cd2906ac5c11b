import type { AltSegment, PageElement, PageText, PageTextResult, Segment } from './types';

/** Where a run of characters came from: a text node, or (node null) an image's alt text. */
export type Origin<T extends PageText> = { node: T; image?: undefined } | { node: null; image: PageElement };

interface PendingSpace<T extends PageText> {
  origin: Origin<T>;
  offset: number;
}

/** The text node or image a segment copies from. */
function sourceOf(seg: Segment<PageText>): PageText | PageElement {
  return seg.node ?? (seg as AltSegment).image;
}

/**
 * Whitespace a browser changes when it lays text out (ASCII whitespace; a no-break space stays):
 * a run of two or more characters, or a lone tab or line break. A lone space between two words
 * shows as it is, so the words around it are copied as one run: prose costs one step per line,
 * not one per word (a 5 MB transcript was one 250 ms task word by word).
 */
const CHANGED_WHITESPACE = /[ \t\n\r\f]{2,}|[\t\n\r\f]/g;
const SPACE = 32;

/**
 * Accumulates visible text the way a browser lays it out: whitespace runs collapse to one space
 * (across node boundaries too), none at the start or end of a line, and block boundaries become
 * a single "\n". Every copied character is recorded in a segment, so offsets map back exactly.
 */
export class TextBuilder<T extends PageText> {
  private readonly parts: string[] = [];
  private readonly segments: Segment<T>[] = [];
  private length = 0;
  private pendingSpace: PendingSpace<T> | null = null;
  private pendingBreak = false;
  private pendingCell = false;

  /** Adds raw character data; with `keepBreaks` (inside <pre>) a run holding a newline is a line break. */
  addText(data: string, origin: Origin<T>, keepBreaks = false): void {
    let from = 0;
    for (const run of data.matchAll(CHANGED_WHITESPACE)) {
      const at = run.index;
      if (at > from) this.addRun(data, from, at, origin);
      if (keepBreaks && /[\n\r]/.test(run[0])) this.addBreak();
      else this.pendingSpace ??= { origin, offset: at };
      from = at + run[0].length;
    }
    if (from < data.length) this.addRun(data, from, data.length, origin);
  }

  /** Adds data[from, to): words parted by lone spaces; a lone space at either end collapses like any run. */
  private addRun(data: string, from: number, to: number, origin: Origin<T>): void {
    if (data.charCodeAt(from) === SPACE) {
      this.pendingSpace ??= { origin, offset: from };
      from++;
    }
    if (from >= to) return;
    const trailing = data.charCodeAt(to - 1) === SPACE;
    const end = trailing ? to - 1 : to;
    if (end > from) this.addWord(data.slice(from, end), origin, from);
    if (trailing) this.pendingSpace ??= { origin, offset: end };
  }

  /** Marks a line boundary; several in a row (or at the start or end) count as none or one. */
  addBreak(): void {
    this.pendingBreak = true;
  }

  /**
   * Marks a table-cell boundary: cells of one row stay on one line, parted by " | " (a clause
   * mark to the engine), so a row reads as one item ("L-Glutamine | 5 g") and a cell never fuses
   * with its neighbour. A line break at the same place wins.
   */
  addCellBreak(): void {
    this.pendingCell = true;
  }

  /** The text and its segments; the builder should not be used afterwards. */
  finish(): PageTextResult<T> {
    return { text: this.parts.join(''), segments: this.segments };
  }

  private addWord(word: string, origin: Origin<T>, offset: number): void {
    if (this.length > 0) {
      if (this.pendingBreak) this.push('\n', null, 0);
      else if (this.pendingCell) this.push(' | ', null, 0);
      else if (this.pendingSpace) this.push(' ', this.pendingSpace.origin, this.pendingSpace.offset);
    }
    this.pendingBreak = false;
    this.pendingCell = false;
    this.pendingSpace = null;
    this.push(word, origin, offset);
  }

  /** Appends output; `origin` null means a separator that maps to no source character. */
  private push(str: string, origin: Origin<T> | null, offset: number): void {
    const start = this.length;
    this.parts.push(str);
    this.length += str.length;
    if (!origin) return;
    const last = this.segments.at(-1);
    if (
      last &&
      last.end === start &&
      sourceOf(last) === (origin.node ?? origin.image) &&
      last.offset + (last.end - last.start) === offset
    ) {
      last.end = this.length;
      return;
    }
    const end = this.length;
    if (origin.image) this.segments.push({ start, end, node: null, offset, image: origin.image });
    else if (origin.node) this.segments.push({ start, end, node: origin.node, offset });
  }
}
