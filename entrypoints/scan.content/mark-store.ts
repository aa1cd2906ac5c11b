import { assertedOnPage } from '@/claims/engine/page-stance';
import type { Verdict } from '@/claims/schema';
import type { PageClaim } from '../lib/messages';
import type { Mark } from './anchor';
import { parentOf } from './units';

/** A unit's own text and a key of what framed it when it was matched (context.ts contextKey). */
export interface FramedText {
  text: string;
  contextKey: string;
}

/** What a unit looked like when last read, to skip rescans that would change nothing. */
interface UnitRecord extends FramedText {
  nodes: readonly Text[];
  marks: Mark[];
  /** Whether it was rendered at all (see unit-order.ts isRendered). */
  rendered: boolean;
}

/** Passage text sent to the background is trimmed to this (the message schema's limit); the side panel names passages by it. */
export const MAX_PASSAGE = 300;

/**
 * Everything found on the current page: marks per scan unit, claims dismissed on this page,
 * and the units already read. Reset when the page (URL) changes.
 */
export class MarkStore {
  readonly units = new Map<Element, UnitRecord>();
  split = new WeakSet<Element>();
  readonly dismissed = new Set<string>();
  /** Verdicts the person chose not to mark (options page): found and counted, never shown. */
  unmarked: ReadonlySet<Verdict> = new Set();

  /** True when the unit was read before, equally rendered, and has the same text from the same live nodes, framed the same. */
  isUnchanged(unit: Element, framed: FramedText, nodes: readonly Text[], rendered: boolean): boolean {
    const rec = this.units.get(unit);
    if (!rec || rec.rendered !== rendered || rec.text !== framed.text || rec.contextKey !== framed.contextKey || rec.nodes.length !== nodes.length) return false;
    return rec.nodes.every((n, i) => n === nodes[i] && n.isConnected);
  }

  /** Replaces a unit's marks; returns the marks that went away (to unhighlight them). */
  setUnit(unit: Element, framed: FramedText, nodes: readonly Text[], marks: Mark[], rendered: boolean): Mark[] {
    const removed = this.removeUnit(unit);
    this.units.set(unit, { text: framed.text, contextKey: framed.contextKey, nodes, marks, rendered });
    return removed;
  }

  /** Whether the unit was rendered when last read (undefined for an unknown unit). */
  wasRendered(unit: Element): boolean | undefined {
    return this.units.get(unit)?.rendered;
  }

  /** Forgets a unit (removed from the page, or about to be split); returns its marks. */
  removeUnit(unit: Element): Mark[] {
    const rec = this.units.get(unit);
    if (!rec) return [];
    this.units.delete(unit);
    return rec.marks;
  }

  /**
   * Units no longer in the document (a feed dropped old posts); returns their marks. The removed
   * subtree's split containers are forgotten too: a page that inserts it again (a timeline tab
   * it kept aside) adds an element that is then planned and read afresh, not taken for a
   * container whose units are known.
   */
  pruneDisconnected(): Mark[] {
    const removed: Mark[] = [];
    for (const unit of [...this.units.keys()]) {
      if (unit.isConnected) continue;
      removed.push(...this.removeUnit(unit));
      for (let el = parentOf(unit); el && !el.isConnected && this.split.has(el); el = parentOf(el)) this.split.delete(el);
    }
    return removed;
  }

  /** Units inside `root` (excluding root), e.g. before reading root whole. */
  unitsInside(root: Element): Element[] {
    return [...this.units.keys()].filter((u) => u !== root && root.contains(u));
  }

  /** Every mark, in no particular order. */
  *marks(): Iterable<Mark> {
    for (const rec of this.units.values()) yield* rec.marks;
  }

  /** Forgets the claims hidden on this page (the URL changed); returns their marks that show again. */
  undismissAll(): Mark[] {
    const marks = [...this.marks()].filter((m) => this.dismissed.has(m.hit.id));
    this.dismissed.clear();
    return marks.filter((m) => this.isShown(m));
  }

  /** Whether a mark is shown: its claim not hidden on this page, its verdict one the person marks. */
  isShown(mark: Mark): boolean {
    return !this.dismissed.has(mark.hit.id) && !this.unmarked.has(mark.verdict);
  }

  /** Marks that are shown (see isShown): what is painted, hovered and stepped through. */
  visibleMarks(): Mark[] {
    return [...this.marks()].filter((m) => this.isShown(m));
  }

  /** A unit's marks (for hit-testing the pointer inside that unit). */
  marksIn(unit: Element): readonly Mark[] {
    return this.units.get(unit)?.marks ?? [];
  }

  /** Distinct claim ids the page asserts (more asserting passages than refuting ones): the popup's count, like the badge's. */
  assertedIds(): Set<string> {
    return assertedOnPage([...this.marks()].map((m) => m.hit));
  }

  /**
   * The same, for the verdicts the person marks: the live region's count, which sums up what is
   * marked (the badge keeps counting every claim the page asserts).
   */
  markedAssertedIds(): Set<string> {
    return assertedOnPage([...this.marks()].filter((m) => !this.unmarked.has(m.verdict)).map((m) => m.hit));
  }

  /** The snapshot sent to the background: one entry per distinct claim, stance and passage. */
  snapshot(): PageClaim[] {
    const seen = new Set<string>();
    const out: PageClaim[] = [];
    for (const m of this.marks()) {
      const text = m.passage.slice(0, MAX_PASSAGE);
      const key = `${m.hit.id}\u0000${m.hit.stance}\u0000${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ id: m.hit.id, stance: m.hit.stance, verdict: m.verdict, text });
    }
    return out.slice(0, 2000);
  }

  /** Empties everything (new page); returns all marks so their highlights can be removed. */
  reset(): Mark[] {
    const all = [...this.marks()];
    this.units.clear();
    this.dismissed.clear();
    this.split = new WeakSet();
    return all;
  }
}
