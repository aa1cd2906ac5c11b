/**
 * Reading and anchoring on random DOM trees with the real engine: claim sentences cut into pieces
 * and scattered through nested blocks, inline elements, hidden and editable regions, closed
 * <details> and deep wrappers. Reading and anchoring never throw, every mark's Range starts and
 * ends on text a reader sees, and the seen text inside it is exactly the passage the engine
 * reported (whitespace aside: blocks are line breaks in the read text). Hidden text lying between
 * two seen pieces of one passage is inside the Range, as in any Range, but is not drawn.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { loadDatabase } from '@/claims/cli/load-database';
import { createMatcher } from '@/claims/engine';
import { anchorHits } from '@/entrypoints/scan.content/anchor';
import { readUnit } from '@/entrypoints/scan.content/read';

const claims = loadDatabase();
const matcher = createMatcher(claims);
const verdictOf = (id: string) => claims.find((c) => c.id === id)?.verdict;
const SENTENCES = [
  'Bone broth seals the holes in your gut.',
  'Ibuprofen pokes holes in your gut lining.',
  'Collagen rebuilds your gut wall while you sleep.',
  'Leaky gut causes brain fog, fatigue and anxiety.',
  'Candida overgrowth is what makes your gut leaky.',
  'The weather was lovely on Sunday.',
];

type Node =
  | { k: 'text'; s: string }
  | { k: 'el'; tag: string; attr: string; kids: Node[] };

const TAGS = ['p', 'div', 'span', 'b', 'a', 'li', 'section', 'details', 'summary'];
const ATTRS = ['', '', '', 'hidden', 'contenteditable', 'style="display:none"', 'aria-hidden="true"', 'open'];

const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ k: fc.constant('text' as const), s: fc.constantFrom(...SENTENCES).chain((s) => fc.nat(s.length).map((n) => (n % 3 ? s : s.slice(0, n)))) }),
    fc.record({ k: fc.constant('el' as const), tag: fc.constantFrom(...TAGS), attr: fc.constantFrom(...ATTRS), kids: fc.array(tie('node'), { maxLength: 4 }) }),
  ),
}));

function build(n: Node): globalThis.Node {
  if (n.k === 'text') return document.createTextNode(` ${n.s} `);
  const el = document.createElement(n.tag);
  if (n.attr) {
    const [name, value = ''] = n.attr.split('=');
    el.setAttribute(name!, value.replace(/"/g, ''));
  }
  for (const kid of n.kids) el.append(build(kid));
  return el;
}

/** The text of the Range's text nodes a reader sees, with no whitespace. */
function seenText(range: Range): string {
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.currentNode.nodeType === 3 ? walker.currentNode : walker.nextNode(); n; n = walker.nextNode()) {
    if (!range.intersectsNode(n) || unseen(n)) continue;
    const data = (n as Text).data;
    const from = n === range.startContainer ? range.startOffset : 0;
    const to = n === range.endContainer ? range.endOffset : data.length;
    out += data.slice(from, to);
  }
  return out.replace(/\s+/g, '');
}

/** True when `node` sits where a reader cannot see it or is typing (a closed <details> shows only its summary). */
function unseen(node: globalThis.Node): boolean {
  for (let cur: globalThis.Node = node; cur.parentElement; cur = cur.parentElement) {
    const el = cur.parentElement;
    if (el.hasAttribute('hidden') || el.hasAttribute('contenteditable') || el.getAttribute('aria-hidden') === 'true') return true;
    if ((el.getAttribute('style') ?? '').includes('display:none')) return true;
    if (el.localName === 'details' && !el.hasAttribute('open') && cur !== [...el.children].find((c) => c.localName === 'summary')) return true;
  }
  return false;
}

it('property: every mark on a random tree covers exactly its passage, and only text a reader sees', () => {
  let checked = 0;
  fc.assert(
    fc.property(fc.array(node, { minLength: 1, maxLength: 5 }), (nodes) => {
      document.body.innerHTML = '';
      const unit = document.createElement('div');
      for (const n of nodes) unit.append(build(n));
      document.body.append(unit);
      const read = readUnit(unit);
      const hits = matcher.scan(read.text);
      const marks = anchorHits(unit, read, hits, verdictOf);
      for (const mark of marks) {
        const hit = mark.hit;
        expect(seenText(mark.range)).toBe(read.text.slice(hit.start, hit.end).replace(/\s+/g, ''));
        expect(unseen(mark.range.startContainer)).toBe(false);
        expect(unseen(mark.range.endContainer)).toBe(false);
        checked++;
      }
      return true;
    }),
    { numRuns: 300 },
  );
  // The loop above asserts nothing on a tree where the engine finds nothing: many must have marks.
  expect(checked).toBeGreaterThan(50);
});
