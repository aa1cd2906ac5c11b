import { describe, expect, it } from 'vitest';
import { unitContext } from '@/entrypoints/scan.content/context';

function page(html: string, title: string): Document {
  document.title = title;
  document.body.innerHTML = html;
  return document;
}

describe('unitContext: what frames one block', () => {
  it('gives the page title and the nearest heading above, not the paragraphs beside it', () => {
    const doc = page(`<main><h2>Myth: broth seals the gut</h2>
      <p id="a">Some say broth seals the gut lining.</p>
      <p id="b">Bone broth seals your gut.</p>
      <p id="c">No trial in people has shown it.</p></main>`, 'Five gut myths, checked');
    expect(unitContext(doc.getElementById('b')!)).toEqual({ before: 'Five gut myths, checked\n\nMyth: broth seals the gut' });
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
