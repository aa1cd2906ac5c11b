import { HEADING_MAX_WORDS, type Unit } from './segment';
import type { Token } from './tokenize';

/**
 * The text as a document: which paragraph each sentence-like unit sits in, the heading it sits
 * under, the page's title, and who is speaking (a thread or transcript changes voice at a reply
 * line). Built from the token stream, so plain text, a page's visible text and the extension's
 * block-with-context all read the same way.
 */
export interface DocView {
  /** Paragraph index of each unit: a blank line or a heading starts a new one. */
  para: Int32Array;
  /** The nearest heading above each unit (-1: none). A heading's own entry is the heading above it. */
  heading: Int32Array;
  /** The title: the first unit when it is a heading-like line, else -1. */
  title: number;
  /** Speaker-turn index of each unit: it grows at every line that opens a reply or a named turn. */
  speaker: Int32Array;
  /** Units inside a quoted line ("> ...", as forums and email quote someone else). */
  quoted: Uint8Array;
}

/** Lines that open a new voice: "u/name:", "@name", "Name:", "Reply from...", "OP:", "> quote", "— Sam". */
const TURN_RE = /^[ \t]*(?:u\/[\w-]+|@[\w.]+|(?:reply|replies|comment|edit|update|op|mod)\b|[A-Z][\w.'-]{1,20}(?: [A-Z][\w.'-]{1,20})?\s*(?:\([^)\n]{1,30}\))?\s*:|[-—–][ \t]*[A-Z][\w.'-]{1,20}\s*$|\d+\s*(?:likes?|replies|points?)\b)/i;
const QUOTE_LINE_RE = /^[ \t]*>/;

export function readDocument(text: string, tokens: readonly Token[], units: readonly Unit[]): DocView {
  const n = units.length;
  const para = new Int32Array(n);
  const heading = new Int32Array(n).fill(-1);
  const speaker = new Int32Array(n);
  const quoted = new Uint8Array(n);
  let p = 0;
  let h = -1;
  // A question heading (see asksAsHeading) heads the lines under it only: it ends at the next
  // blank line after them and at another voice, so a thread's opening question frames no reply.
  let hq = -1;
  let s = 0;
  for (let u = 0; u < n; u++) {
    const unit = units[u]!;
    const lineStart = startsLine(text, tokens[unit.t0]!.start);
    if (lineStart >= 0) {
      const nl = text.indexOf('\n', lineStart);
      const line = text.slice(lineStart, nl < 0 ? undefined : nl);
      if (u > 0 && TURN_RE.test(line)) s++;
      if (QUOTE_LINE_RE.test(line)) quoted[u] = 1;
    } else if (u > 0) {
      quoted[u] = quoted[u - 1]!;
    }
    speaker[u] = s;
    if (u > 0) {
      const gap = tokens[unit.t0 - 1];
      const blank = gap !== undefined && gap.kind === 'line' && gap.norm.length >= 2;
      if (blank || unit.heading || units[u - 1]!.heading) p++;
      if (hq >= 0 && (speaker[hq] !== s || (blank && hq !== u - 1))) hq = -1;
    }
    para[u] = p;
    heading[u] = hq >= 0 ? hq : h;
    if (unit.heading || unit.leadIn) {
      h = u;
      hq = -1;
    } else if (lineStart >= 0 && asksAsHeading(units, u, text, tokens)) {
      hq = u;
    }
  }
  const first = units[0];
  const title = first && (first.heading || (first.words <= HEADING_MAX_WORDS && !first.item && n > 2 && endsLine(text, tokens[first.t1 - 1]!.end))) ? 0 : -1;
  return { para, heading, title, speaker, quoted };
}

/**
 * A short question alone on its line with a statement under it heads what follows, as FAQ pages
 * and clinics' explainers use them ("What can cause a leaky gut?" over a list of causes).
 */
function asksAsHeading(units: readonly Unit[], u: number, text: string, tokens: readonly Token[]): boolean {
  const unit = units[u]!;
  const next = units[u + 1];
  return unit.question && !unit.item && unit.words <= HEADING_MAX_WORDS && next !== undefined && !next.question && endsLine(text, tokens[unit.t1 - 1]!.end);
}

/**
 * The offset of the line start when `at` is the first word of its line, else -1. Bullets, quote
 * marks, list numbers, pictographs and a user handle ("u/kate:", "@sam") may stand before it:
 * the tokenizer skips handles, so a reply's first word comes after its author's name.
 */
function startsLine(text: string, at: number): number {
  // Only a short prefix can be bullets and a name; looking further would make long lines quadratic.
  let lineStart = at;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) {
    if (at - lineStart >= MAX_PREFIX) return -1;
    lineStart--;
  }
  return LINE_PREFIX_RE.test(text.slice(lineStart, at)) ? lineStart : -1;
}

const MAX_PREFIX = 64;

const LINE_PREFIX_RE = /^[ \t\r>•\-*–—.)@/\u00a0\d\p{Extended_Pictographic}]*(?:(?:[uU]\/|@)[\p{L}\p{N}_.-]+[ \t]*:?[ \t]*)?$/u;

function endsLine(text: string, at: number): boolean {
  const nl = text.indexOf('\n', at);
  return nl >= 0 && !text.slice(at, nl).trim();
}
