import type { Token } from './tokenize';

/** A sentence-like unit: tokens [t0, t1) between sentence ends, line breaks and list bullets. */
export interface Unit {
  t0: number;
  t1: number;
  question: boolean;
  /** Ends with ":" (a lead-in such as "Remove the drivers:"). */
  leadIn: boolean;
  /** A short line with no closing punctuation, alone on its line: a title or heading. */
  heading: boolean;
  /** Starts a list item (after a bullet, a dash or a number). */
  item: boolean;
  /** One of a run of questions that a verdict line follows: "Do you get bloated? Do you have acne? ... Yes to three? You have leaky gut." */
  quiz?: boolean;
  words: number;
}

/** Splits tokens into units; the index of a unit is stable for the window builder. */
export function segment(tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  const open = { t0: 0, item: false, lineStart: true };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'end') {
      const prev = tokens[i - 1];
      // "1." before an item is a list marker, not a sentence end: close the unit before the number.
      if (t.norm === '.' && prev && prev.end === t.start && /^\d{1,2}$/.test(prev.norm) && tokens[i + 1]?.kind === 'word') {
        closeUnit(units, tokens, open, i - 1, undefined, false);
        Object.assign(open, { t0: i + 1, item: true, lineStart: false });
        continue;
      }
      // "L. rhamnosus", "Dr. Rios", "e.g.": a period after an initial or a short title ends no
      // sentence, nor one before a comma or a closing bracket ("eg., toxins", "etc.)": a list item
      // split there lost its list).
      if (t.norm === '.' && prev && prev.end === t.start && prev.kind === 'word' && ABBREVIATIONS.has(prev.norm) && continuesAfterAbbreviation(tokens[i + 1])) continue;
      closeUnit(units, tokens, open, i + 1, t, tokens[i + 1]?.kind === 'line');
      Object.assign(open, { t0: i + 1, item: false, lineStart: tokens[i + 1]?.kind === 'line' });
    } else if (t.kind === 'line') {
      closeUnit(units, tokens, open, i, undefined, true);
      Object.assign(open, { t0: i + 1, item: false, lineStart: true });
    } else if (t.kind === 'bullet') {
      closeUnit(units, tokens, open, i, undefined, false);
      Object.assign(open, { t0: i + 1, item: true, lineStart: false });
    }
  }
  closeUnit(units, tokens, open, tokens.length, undefined, true);
  markLineLists(units, tokens);
  markQuizzes(units);
  return units;
}

const continuesAfterAbbreviation = (next: Token | undefined) => next !== undefined && (next.kind === 'word' || next.norm === ',' || next.norm === ')');

/** The most words a heading or title line has. */
export const HEADING_MAX_WORDS = 14;

const ABBREVIATIONS = new Set([...'abcdefghijklmnopqrstuvwxyz', 'dr', 'mr', 'mrs', 'ms', 'vs', 'eg', 'ie', 'etc', 'st', 'approx', 'incl']);

/** Ends the open unit at token t1 (exclusive), if it holds a word. */
function closeUnit(
  units: Unit[],
  tokens: readonly Token[],
  open: { t0: number; item: boolean; lineStart: boolean },
  t1: number,
  endTok: Token | undefined,
  nextIsLine: boolean,
): void {
  let words = 0;
  let last: Token | undefined;
  for (let i = open.t0; i < t1; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') words++;
    last = t;
  }
  if (words === 0) return;
  const question = endTok?.norm.startsWith('?') ?? false;
  const leadIn = last?.norm === ':';
  const heading = open.lineStart && !endTok && nextIsLine && words <= HEADING_MAX_WORDS && !leadIn;
  units.push({ t0: open.t0, t1, question, leadIn, heading, item: open.item, words });
}

/**
 * Three or more short lines in a row with no bullets ("gluten\ndairy\nsoy...") are a list, not
 * headings: each line becomes an item so the list is read as one. A line of up to ten words
 * without closing punctuation continues a list ("Poor diet (processed foods, sugar)"), and a
 * question or a line ending in a colon opens one rather than joining it ("What causes leaky gut?").
 */
function markLineLists(units: Unit[], tokens: readonly Token[]): void {
  for (let a = 0; a < units.length; a++) {
    // A longer line may continue a list but not open one: it is more likely the heading above it.
    // (A short heading over longer lines is still taken into the list: measured in the README.)
    if (units[a]!.words > 4) continue;
    let b = a;
    while (b < units.length && isShortLine(units[b]!, tokens)) b++;
    if (b - a >= 3) for (let k = a; k < b; k++) Object.assign(units[k]!, { item: true, heading: false });
    a = Math.max(a, b);
  }
}

const DOSE_UNITS = new Set(['mg', 'g', 'mcg', 'µg', 'ug', 'iu', 'ml', 'billion', 'cfu']);

/** A number followed by a dose unit ("75 mg", "5 g", "50 billion"). */
function statesDose(unit: Unit, tokens: readonly Token[]): boolean {
  for (let i = unit.t0; i + 1 < unit.t1; i++) {
    if (tokens[i]!.kind === 'word' && /^\d/.test(tokens[i]!.norm) && DOSE_UNITS.has(tokens[i + 1]!.norm)) return true;
  }
  return false;
}

/** Three or more short questions in a row, then a statement: a quiz whose questions are its items. */
function markQuizzes(units: Unit[]): void {
  for (let a = 0; a < units.length; a++) {
    let b = a;
    while (b < units.length && units[b]!.question && units[b]!.words <= 20) b++;
    if (b - a >= 3 && b < units.length) for (let k = a; k < b; k++) Object.assign(units[k]!, { item: true, quiz: true });
    a = Math.max(a, b);
  }
}

function isShortLine(u: Unit, tokens: readonly Token[]): boolean {
  if (u.question || u.leadIn) return false;
  return (u.words <= 4 || (u.heading && u.words <= LIST_LINE_MAX_WORDS)) && tokens[u.t1]?.kind === 'line' && (u.t0 === 0 || tokens[u.t0 - 1]?.kind === 'line');
}

/** The most words of an unpunctuated line that still reads as a list item ("Gut infections like candida or H. pylori"). */
const LIST_LINE_MAX_WORDS = 10;

/** A window: one unit, or a context unit (heading, lead-in, question, antecedent) plus a core unit. */
export interface Window {
  core: number;
  context?: number;
}

const PRONOUNS = new Set(['it', 'they', 'this', 'these', 'that', 'its', 'theyre', 'thats', 'which', 'them', 'both', 'then']);

/**
 * Which units may complete a claim started in another: the line under a heading, items under a
 * lead-in or heading, the answer after a question, and a sentence that opens with a pronoun.
 */
export function windows(units: readonly Unit[], tokens: readonly Token[]): Window[] {
  const out: Window[] = [];
  let frame: number | undefined; // the heading, lead-in or list opener that current items hang from
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    out.push({ core: u });
    const prev = units[u - 1];
    if (prev === undefined) continue;
    if (prev.leadIn || prev.heading || (unit.item && !prev.item)) frame = u - 1;
    else if (!unit.item && !(prev.item && unit.words <= 12)) frame = undefined;
    // An ingredient line ("• L-Glutamine 5 g") names a product's contents: the heading's promise is
    // the product's, not each ingredient's, so a dosed item does not borrow its frame.
    if (frame !== undefined && (frame === u - 1 || unit.item) && !(unit.item && statesDose(unit, tokens))) out.push({ core: u, context: frame });
    else if (prev.question || opensWithPronoun(unit, tokens)) out.push({ core: u, context: u - 1 });
  }
  // A list can also be explained by what follows it: "☐ bloating ☐ fatigue ... Checked 3 or
  // more? You almost certainly have a leaky gut." Each item pairs with the next two units.
  for (let a = 0; a < units.length; a++) {
    if (!units[a]!.item) continue;
    let b = a;
    while (units[b + 1]?.item) b++;
    for (let closer = b + 1; closer <= b + 2 && closer < units.length && !units[closer]!.item; closer++) {
      for (let k = a; k <= b; k++) if (!statesDose(units[k]!, tokens)) out.push({ core: k, context: closer });
    }
    a = b;
  }
  return out;
}

/** A pronoun among the first words ("It coats...", "In your gut they bind...") points back a sentence. */
function opensWithPronoun(unit: Unit, tokens: readonly Token[]): boolean {
  for (let i = unit.t0, seen = 0; i < unit.t1 && seen < 4; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (PRONOUNS.has(t.norm)) return true;
    seen++;
  }
  return false;
}

/**
 * The lists of the text as unit ranges [first, last]: a run of two or more items with the
 * heading, lead-in or opener it hangs from. Counting claims (five food groups) read a list as
 * a whole, since a vertical list puts each food in a unit of its own.
 */
export function listSpans(units: readonly Unit[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let a = 0; a < units.length; a++) {
    if (!units[a]!.item) continue;
    let b = a;
    while (units[b + 1]?.item) b++;
    if (b > a) spans.push([a > 0 ? a - 1 : a, b]);
    a = b;
  }
  return spans;
}
