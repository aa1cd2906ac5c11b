/** Examples for claims/page-text: what counts as visible text, and how hits map back to the DOM. */
import { describe, expect, it } from 'vitest';
import { extractVisibleText, locate, locateRange, textOffsetOf, type PageElement } from '../../claims/page-text';

function html(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
}

const textOf = (markup: string, options = {}) => extractVisibleText(html(markup), options).text;

describe('extractVisibleText: layout', () => {
  it('reads a caption split across inline elements as one sentence', () => {
    expect(textOf('<p>Bone <b>broth</b> <a href="#">heals</a><em> and</em> seals your <span>leaky gut</span>.</p>'))
      .toBe('Bone broth heals and seals your leaky gut.');
  });

  it('never fuses two blocks into one sentence', () => {
    expect(textOf('<p>Collagen is great</p><p>for skin</p>')).toBe('Collagen is great\nfor skin');
    expect(textOf('<div>one<div>two</div>three</div><ul><li>four</li><li>five</li></ul>')).toBe('one\ntwo\nthree\nfour\nfive');
    expect(textOf('line one<br>line two<br><br>line three')).toBe('line one\nline two\nline three');
    expect(textOf('<table><tr><td>gluten</td><td>causes leaky gut</td></tr></table>')).toBe('gluten | causes leaky gut');
  });

  it('reads a table row as one line, its cells parted by " | ", so a dose stays with its ingredient', () => {
    const table = '<table><tr><th>Ingredient</th><th>Amount</th><th>%DV</th></tr><tr><td>L-Glutamine</td><td>5 g</td><td>*</td></tr><tr><td><p>Zinc</p></td><td></td><td>75 mg</td></tr></table>';
    expect(textOf(`<p>Heal your gut.</p>${table}<p>* Not established.</p>`)).toBe(
      'Heal your gut.\nIngredient | Amount | %DV\nL-Glutamine | 5 g | *\nZinc\n75 mg\n* Not established.', // a paragraph inside a cell still ends its line
    );
  });

  it('collapses whitespace like a browser, across node boundaries, with none at line ends', () => {
    expect(textOf('<p>\n   Heal \t your  <b> gut </b>\n in 30   days  </p>\n\n<p>  next  </p>')).toBe('Heal your gut in 30 days\nnext');
    expect(textOf('a\u00a0\u00a0b')).toBe('a\u00a0\u00a0b'); // no-break spaces are not collapsed
  });

  it('keeps line breaks inside <pre>', () => {
    expect(textOf('<pre>first line\nsecond   line</pre>')).toBe('first line\nsecond line');
  });

  it('reads a page nested 5,000 elements deep (deeper than the call stack) and keeps its order', () => {
    const root = document.createElement('div');
    let cur: HTMLElement = root;
    for (let i = 0; i < 5000; i++) {
      const next = document.createElement(i % 2 ? 'span' : 'div');
      if (i === 10) next.append('Bone broth seals the holes in your gut.');
      cur.append(next);
      cur = next;
    }
    cur.append('Deepest line.');
    root.append('Last line.');
    expect(extractVisibleText(root).text).toBe('Bone broth seals the holes in your gut.\nDeepest line.\nLast line.');
  });

  it('lets the caller decide block/inline from computed style', () => {
    const isBlock = (el: PageElement) => (el.getAttribute('class') === 'inline' ? false : undefined);
    expect(textOf('<div class="inline">gut</div><div class="inline">feeling</div><div>x</div>', { isBlock })).toBe('gutfeeling\nx');
  });
});

describe('extractVisibleText: what is skipped', () => {
  it('skips non-text and control elements', () => {
    const markup = `<p>keep</p><script>var a = "script";</script><style>p{}</style><noscript>noscript</noscript>
      <template><p>template</p></template><svg><text>svg</text></svg><canvas>canvas</canvas>
      <input value="input"><textarea>textarea</textarea><select><option>option</option></select>
      <button>See more</button><div role="button">Like</div><video>video fallback</video>`;
    expect(textOf(markup)).toBe('keep');
  });

  it('skips hidden elements, editable regions and our own UI', () => {
    const markup = `<p>shown</p><p hidden>hidden attr</p><p aria-hidden="true">aria</p>
      <p style="color:red; display : none !important">display</p><p style="visibility:hidden">visibility</p>
      <div contenteditable="true">my draft</div><div contenteditable="">draft2</div><div contenteditable="false">fixed</div>
      <div data-gutcheck-ui>Overstated</div><gutcheck-card>card</gutcheck-card><p style="display:block">also shown</p>`;
    expect(textOf(markup)).toBe('shown\nfixed\nalso shown');
  });

  it('reads only the summary of a closed <details>, everything of an open one', () => {
    const faq = (open: string) => `<details${open}><summary>Does broth heal the gut?</summary><p>Bone broth seals the holes in your gut.</p></details><p>After.</p>`;
    expect(textOf(faq(''))).toBe('Does broth heal the gut?\nAfter.');
    expect(textOf(faq(' open'))).toBe('Does broth heal the gut?\nBone broth seals the holes in your gut.\nAfter.');
  });

  it("skips what the caller's isEditable calls editable (an editable ancestor, designMode), with everything under it", () => {
    const isEditable = (el: PageElement) => el.getAttribute('class') === 'in-editor';
    expect(textOf('<p>a</p><div class="in-editor"><p>my draft</p></div><p>d</p>', { isEditable })).toBe('a\nd');
  });

  it("asks the caller's isHidden for every other element", () => {
    const isHidden = (el: PageElement) => el.getAttribute('class') === 'offscreen';
    expect(textOf('<p>a</p><p class="offscreen">b <b>c</b></p><p>d</p>', { isHidden })).toBe('a\nd');
  });

  it('works with a getComputedStyle-based isHidden, as the extension calls it', () => {
    const root = html('<style>.gone { display: none }</style><p>shown</p><p class="gone">css-hidden</p>');
    document.body.append(root);
    const isHidden = (el: PageElement) => {
      const style = getComputedStyle(el as Element);
      return style.display === 'none' || style.visibility === 'hidden';
    };
    expect(extractVisibleText<Text>(root, { isHidden }).text).toBe('shown');
    root.remove();
  });

  it('skips head and title when given a whole document', () => {
    const doc = new DOMParser().parseFromString('<html><head><title>Title</title></head><body><p>Body</p></body></html>', 'text/html');
    expect(extractVisibleText(doc).text).toBe('Body');
  });
});

describe('extractVisibleText: images, shadow roots, frames', () => {
  it('reads img alt text as an unhighlightable segment', () => {
    const root = html('Bone broth <img alt="❤️" src="x.png"> heals <img src="y.png"> <img alt="">');
    const { text, segments } = extractVisibleText<Text>(root);
    expect(text).toBe('Bone broth ❤️ heals');
    const alt = segments.find((s) => !s.node);
    expect(alt && text.slice(alt.start, alt.end)).toBe('❤️');
    expect(alt?.node === null && alt.image.tagName).toBe('IMG');
  });

  it('descends into open shadow roots, rendering slotted light children in place', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Seed oils <slot>fallback</slot> your gut lining.</p>';
    host.innerHTML = '<b>destroy</b>';
    const empty = document.createElement('span');
    empty.attachShadow({ mode: 'open' }).innerHTML = '<slot>shown fallback</slot>';
    const root = document.createElement('div');
    root.append(host, empty);
    expect(extractVisibleText(root).text).toBe('Seed oils destroy your gut lining.\nshown fallback');
  });

  it('descends into same-origin frames and skips frames that refuse access', () => {
    const inner = new DOMParser().parseFromString('<body><p>inside the frame</p></body>', 'text/html');
    const root = html('<p>before</p><iframe></iframe><iframe></iframe><p>after</p>');
    const [open, closed] = root.querySelectorAll('iframe');
    Object.defineProperty(open, 'contentDocument', { get: () => inner });
    Object.defineProperty(closed, 'contentDocument', { get: () => { throw new Error('SecurityError'); } });
    expect(extractVisibleText(root).text).toBe('before\ninside the frame\nafter');
  });
});

describe('locate, locateRange, textOffsetOf', () => {
  const root = html('<p>Try this: <b>bone   broth</b>\n heals and <a>seals</a> your gut.</p><p>Next paragraph</p><img alt="🙂">');
  const { text, segments } = extractVisibleText<Text>(root);

  it('turns an engine hit into a DOM Range covering the passage', () => {
    const start = text.indexOf('bone');
    const end = text.indexOf('gut.') + 4;
    const pos = locateRange(segments, start, end);
    expect(pos).not.toBeNull();
    const range = document.createRange();
    range.setStart(pos!.start.node, pos!.start.offset);
    range.setEnd(pos!.end.node, pos!.end.offset);
    expect(range.toString().replace(/\s+/g, ' ')).toBe(text.slice(start, end));
  });

  it('resolves shared boundaries by bias and skips separators', () => {
    const boneEnd = text.indexOf('bone') + 4;
    expect(locate(segments, boneEnd, 'end')?.node.data).toBe('bone   broth');
    const brk = text.indexOf('\n');
    expect(locate(segments, brk, 'start')).toEqual({ node: root.querySelectorAll('p')[1]!.firstChild, offset: 0 });
    expect(locate(segments, brk + 1, 'end')?.node.data).toBe(' your gut.');
    expect(locate(segments, text.length, 'start')).toBeNull();
    expect(locateRange(segments, text.indexOf('🙂'), text.length)).toBeNull();
  });

  it('maps a DOM position back to a text offset, except inside collapsed whitespace', () => {
    const b = root.querySelector('b')!.firstChild as Text;
    expect(textOffsetOf(segments, b, 0)).toBe(text.indexOf('bone'));
    expect(textOffsetOf(segments, b, 7)).toBe(text.indexOf('broth'));
    expect(textOffsetOf(segments, b, 5)).toBe(text.indexOf('broth')); // just after the kept space
    expect(textOffsetOf(segments, b, 6)).toBeNull(); // between two collapsed spaces
  });
});
