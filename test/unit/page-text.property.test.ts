/**
 * Property tests for claims/page-text: random DOM trees built in happy-dom, checked against a
 * tiny string model of browser whitespace and block rules, plus the exactness of the segment
 * map that the extension uses to turn engine offsets into DOM Ranges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractVisibleText, locate, textOffsetOf, type Segment } from '../../claims/page-text';

type Spec =
  | { t: 'text'; s: string }
  | { t: 'img'; alt: string }
  | { t: 'comment' }
  | { t: 'el'; tag: string; hide?: string; children: Spec[] }
  | { t: 'host'; tag: string; shadow: Spec[]; fallback: Spec[]; light: Spec[] };

const INLINE = ['span', 'b', 'a', 'em', 'strong'];
const BLOCK = ['p', 'div', 'li', 'h2', 'section', 'blockquote'];
/** Table cells part their row's text with " | " (see TextBuilder.addCellBreak). */
const CELLS = ['td', 'th'];
const SKIP = ['script', 'style', 'button', 'textarea', 'noscript'];
const HIDE = ['hidden', 'aria-hidden', 'display', 'visibility', 'ui', 'editable'];

const textArb = fc
  .array(fc.constantFrom('a', 'b', 'z', 'é', '\u00a0', ' ', ' ', '\n', '\t', '\r', '😀'), { maxLength: 8 })
  .map((cs) => cs.join(''));

const { tree } = fc.letrec<{ tree: Spec; node: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('text' as const), s: textArb }),
    fc.record({ t: fc.constant('text' as const), s: textArb }),
    fc.record({ t: fc.constant('img' as const), alt: textArb }),
    fc.constant({ t: 'comment' as const }),
    tie('tree'),
  ),
  tree: fc.oneof(
    { depthSize: 'small' },
    fc.record({
      t: fc.constant('el' as const),
      tag: fc.constantFrom(...INLINE, ...BLOCK, ...CELLS, 'br', ...SKIP),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
    fc.record({
      t: fc.constant('el' as const),
      tag: fc.constantFrom(...INLINE, ...BLOCK, ...CELLS),
      hide: fc.constantFrom(...HIDE),
      children: fc.array(tie('node'), { maxLength: 3 }),
    }),
    fc.record({
      t: fc.constant('host' as const),
      tag: fc.constantFrom('span', 'div'),
      shadow: fc.array(tie('node'), { maxLength: 2 }),
      fallback: fc.array(tie('node'), { maxLength: 2 }),
      // Comments are not slottable in browsers (happy-dom assigns them anyway): leave them out.
      light: fc.array(tie('node'), { maxLength: 2 }).map((l) => l.filter((c) => c.t !== 'comment')),
    }),
  ),
}));

function build(spec: Spec): Node {
  switch (spec.t) {
    case 'text':
      return document.createTextNode(spec.s);
    case 'comment':
      return document.createComment('note');
    case 'img': {
      const img = document.createElement('img');
      img.setAttribute('alt', spec.alt);
      return img;
    }
    case 'el': {
      const el = document.createElement(spec.tag);
      if (spec.hide === 'hidden') el.setAttribute('hidden', '');
      if (spec.hide === 'aria-hidden') el.setAttribute('aria-hidden', 'true');
      if (spec.hide === 'display') el.setAttribute('style', 'color: red; display: none');
      if (spec.hide === 'visibility') el.setAttribute('style', 'visibility:hidden');
      if (spec.hide === 'ui') el.setAttribute('data-gutcheck-ui', '');
      if (spec.hide === 'editable') el.setAttribute('contenteditable', 'true');
      for (const c of spec.children) el.append(build(c));
      return el;
    }
    case 'host': {
      const host = document.createElement(spec.tag);
      const root = host.attachShadow({ mode: 'open' });
      const slot = document.createElement('slot');
      for (const c of spec.fallback) slot.append(build(c));
      root.append(...spec.shadow.map(build), slot);
      for (const c of spec.light) host.append(build(c));
      return host;
    }
  }
}

const BREAK = '\u0001';
const CELL = '\u0002';

/** What a reader sees, as a flat string; BREAK marks a block boundary, CELL a table cell's. */
function model(spec: Spec): string {
  switch (spec.t) {
    case 'text':
      return spec.s;
    case 'comment':
      return '';
    case 'img':
      return spec.alt;
    case 'el': {
      if (spec.hide || SKIP.includes(spec.tag)) return '';
      const inner = spec.tag === 'br' ? '' : spec.children.map(model).join('');
      if (CELLS.includes(spec.tag)) return CELL + inner + CELL;
      return BLOCK.includes(spec.tag) || spec.tag === 'br' ? BREAK + inner + BREAK : inner;
    }
    case 'host': {
      const slotted = (spec.light.length ? spec.light : spec.fallback).map(model).join('');
      const inner = spec.shadow.map(model).join('') + slotted;
      return spec.tag === 'div' ? BREAK + inner + BREAK : inner;
    }
  }
}

/**
 * Browser layout of the model string, written with regular expressions instead of a builder: a
 * run of spaces and boundaries is a line break if it holds a block boundary, else " | " if it
 * holds a cell boundary; none at the start or end.
 */
function layout(flat: string): string {
  return flat
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(new RegExp(`[ ${BREAK}${CELL}]*[${BREAK}${CELL}][ ${BREAK}${CELL}]*`, 'g'), (run) => (run.includes(BREAK) ? BREAK : CELL))
    .replace(new RegExp(`^[${BREAK}${CELL} ]+|[${BREAK}${CELL} ]+$`, 'g'), '')
    .replaceAll(BREAK, '\n')
    .replaceAll(CELL, ' | ');
}

const spaced = (s: string) => s.replace(/[ \t\n\r\f]/g, ' ');

function sourceText(seg: Segment<Text>): string {
  return seg.node ? seg.node.data : (seg.image.getAttribute('alt') ?? '');
}

function render(specs: Spec[]): HTMLElement {
  const root = document.createElement('div');
  for (const s of specs) root.append(build(s));
  return root;
}

const forest = fc.array(tree, { minLength: 1, maxLength: 4 });

describe('extractVisibleText on random trees', () => {
  it('lays text out like the whitespace/block model', () => {
    fc.assert(
      fc.property(forest, (specs) => {
        const { text } = extractVisibleText(render(specs));
        expect(text).toBe(layout(BREAK + specs.map(model).join('') + BREAK));
      }),
    );
  });

  it('maps every segment exactly onto its source characters, and only separators are unmapped', () => {
    fc.assert(
      fc.property(forest, (specs) => {
        const { text, segments } = extractVisibleText<Text>(render(specs));
        let covered = 0;
        for (const seg of segments) {
          expect(seg.end).toBeGreaterThan(seg.start);
          expect(seg.start).toBeGreaterThanOrEqual(covered);
          expect(['', '\n', ' | ']).toContain(text.slice(covered, seg.start));
          const len = seg.end - seg.start;
          expect(text.slice(seg.start, seg.end)).toBe(spaced(sourceText(seg).slice(seg.offset, seg.offset + len)));
          covered = seg.end;
        }
        expect(text.slice(covered)).toBe('');
        expect(segments.filter((s) => s.node).length + segments.filter((s) => !s.node).length).toBe(segments.length);
      }),
    );
  });

  it('round-trips locate and textOffsetOf for every mapped character', () => {
    fc.assert(
      fc.property(forest, (specs) => {
        const { segments } = extractVisibleText<Text>(render(specs));
        for (const seg of segments) {
          if (!seg.node) continue;
          for (let k = 0; k < seg.end - seg.start; k++) {
            expect(locate(segments, seg.start + k)).toEqual({ node: seg.node, offset: seg.offset + k });
            expect(textOffsetOf(segments, seg.node, seg.offset + k)).toBe(seg.start + k);
            expect(locate(segments, seg.start + k + 1, 'end')).toEqual({ node: seg.node, offset: seg.offset + k + 1 });
          }
        }
      }),
    );
  });

  it('locates any offset to a position inside a text node, or null only when no text lies that way', () => {
    fc.assert(
      fc.property(forest, fc.nat(), (specs, n) => {
        const { text, segments } = extractVisibleText<Text>(render(specs));
        const offset = n % (text.length + 1);
        const textSegs = segments.filter((s) => s.node);
        for (const bias of ['start', 'end'] as const) {
          const pos = locate(segments, offset, bias);
          const exists = bias === 'start' ? textSegs.some((s) => s.end > offset) : textSegs.some((s) => s.start < offset);
          expect(pos !== null).toBe(exists);
          if (pos) expect(pos.offset).toBeLessThanOrEqual(pos.node.data.length);
        }
      }),
    );
  });
});
