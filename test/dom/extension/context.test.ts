import { describe, expect, it } from 'vitest';
import { unitContext } from '@/entrypoints/scan.content/context';

function page(html: string, title = 'Five gut myths, checked'): Document {
  document.title = title;
  document.body.innerHTML = html;
  return document;
}

describe('unitContext: what the engine reads around one block', () => {
  it('gives the page title, the heading above and the paragraphs either side', () => {
    const doc = page(`<main><h2>Myth: broth seals the gut</h2>
      <p id="a">Some say broth seals the gut lining.</p>
      <p id="b">Bone broth seals your gut.</p>
      <p id="c">No trial in people has shown it.</p></main>`);
    const ctx = unitContext(doc.getElementById('b')!);
    expect(ctx.before).toBe('Five gut myths, checked\n\nMyth: broth seals the gut\n\nSome say broth seals the gut lining.');
    expect(ctx.after).toBe('No trial in people has shown it.');
  });

  it('reads a post of a feed alone: its neighbours are other voices', () => {
    const doc = page(`<div><article id="p1">Broth healed my gut!</article><article id="p2">It is soup.</article></div>`, 'Feed');
    expect(unitContext(doc.getElementById('p1')!)).toEqual({ before: 'Feed' });
  });

  it('reads only the edge of a huge neighbour, never script text, and skips empty siblings', () => {
    const long = 'word '.repeat(50_000);
    const doc = page(`<div id="feed"><p>${long}tail sentence.</p></div><p></p><script>var x = "claim";</script><p id="u">Collagen rebuilds the gut wall.</p>`, '');
    const ctx = unitContext(doc.getElementById('u')!);
    expect(ctx.before!.length).toBeLessThanOrEqual(400);
    expect(ctx.before!.endsWith('tail sentence.')).toBe(true);
    expect(ctx.before).not.toContain('claim');
  });
});
