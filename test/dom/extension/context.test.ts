import { describe, expect, it } from 'vitest';
import { unitContext } from '@/entrypoints/scan.content/context';

function page(html: string, title: string): Document {
  document.title = title;
  document.body.innerHTML = html;
  return document;
}

describe('unitContext: what frames one block', () => {
  it('gives the page title, the nearest heading above and, in an article, the blocks either side', () => {
    const doc = page(`<main><h2>Myth: broth seals the gut</h2>
      <p id="a">Some say broth seals the gut lining.</p>
      <p id="b">Bone broth seals your gut.</p>
      <script>var x = 1;</script>
      <p id="c">No trial in   people has shown it.</p></main>`, 'Five gut myths, checked');
    expect(unitContext(doc.getElementById('b')!)).toEqual({
      before: 'Five gut myths, checked\n\nMyth: broth seals the gut\n\nSome say broth seals the gut lining.',
      after: 'No trial in people has shown it.',
    });
    // The heading is the block before: read once.
    expect(unitContext(doc.getElementById('a')!)).toEqual({ before: 'Five gut myths, checked\n\nMyth: broth seals the gut', after: 'Bone broth seals your gut.' });
  });

  it('reads only the end of a long block before and the start of one after', () => {
    const doc = page(`<div><p id="a">${'word '.repeat(400)}end of before.</p><p id="b">Bone broth seals your gut.</p><p>Start of after. ${'more '.repeat(400)}</p></div>`, '');
    const ctx = unitContext(doc.getElementById('b')!);
    expect(ctx.before!.length).toBe(600);
    expect(ctx.before!.endsWith('end of before.')).toBe(true);
    expect(ctx.after!.length).toBe(600);
    expect(ctx.after!.startsWith('Start of after.')).toBe(true);
  });

  it('gives a post no neighbours, and no post as a neighbour: in a feed they are other people’s', () => {
    const doc = page(`<main><article id="p1">Bone broth cured me.</article><article id="p2">Bone broth seals your gut.</article>
      <p id="note">Comments are closed.</p></main>`, '');
    expect(unitContext(doc.getElementById('p2')!)).toEqual({});
    expect(unitContext(doc.getElementById('note')!)).toEqual({});
  });

  it("finds the heading at an ancestor's level and in a <header>, but not inside an earlier section", () => {
    const doc = page(`<header><h1>Gut claims we checked</h1></header>
      <section><h2>Zinc</h2><p>Zinc notes.</p></section>
      <div><div><p id="u">Collagen rebuilds the gut wall.</p></div></div>`, '');
    expect(unitContext(doc.getElementById('u')!)).toEqual({ before: 'Gut claims we checked' });
  });

  it('gives nothing when nothing frames the block', () => {
    const doc = page('<div><p id="u">Collagen rebuilds the gut wall.</p></div>', '');
    expect(unitContext(doc.getElementById('u')!)).toEqual({});
  });
});
