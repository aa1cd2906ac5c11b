import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClaimHit } from '@/claims/engine';
import { anchorHits } from '@/entrypoints/scan.content/anchor';
import { readUnit } from '@/entrypoints/scan.content/read';

const hit = (text: string, passage: string, id = 'bone-broth-heals-gut', stance: ClaimHit['stance'] = 'asserts'): ClaimHit => {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`"${passage}" not in "${text}"`);
  return { id, stance, start, end: start + passage.length, matched: [], score: 1, confidence: 1, why: [] };
};
const verdict = () => 'unsupported' as const;

describe('anchoring hits to DOM ranges (happy-dom)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('maps a passage split across spans, links and hashtags back to one range', () => {
    document.body.innerHTML = `<div role="article"><p><span>Bone</span> <b>broth</b> literally <a href="#">seals</a>
      the   holes in your gut <a href="/tags/guthealing">#guthealing</a> <img alt="🍲" src="data:,"> yum</p></div>`;
    const unit = document.querySelector('[role=article]')!;
    const read = readUnit(unit);
    const passage = 'Bone broth literally seals the holes in your gut #guthealing';
    const [mark] = anchorHits(unit, read, [hit(read.text, passage)], verdict);
    expect(mark!.range.toString().replace(/\s+/g, ' ')).toBe(passage);
    expect(mark!.passage).toBe(passage);
    expect(mark!.name).toBe('gutcheck-unsupported');
    expect(mark!.range.startContainer.textContent).toBe('Bone');
  });

  it('never anchors into inputs, textareas, editable regions or hidden text', () => {
    document.body.innerHTML = `<div><p>Start here.</p><textarea>bone broth heals</textarea><div contenteditable="true">bone broth heals</div>
      <p hidden>bone broth heals</p><p style="display:none">bone broth heals</p><p>End here.</p></div>`;
    const read = readUnit(document.body.firstElementChild!);
    expect(read.text).toBe('Start here.\nEnd here.');
  });

  it('does not fuse two paragraphs into one sentence', () => {
    document.body.innerHTML = '<div><p>Bone broth</p><p>heals the gut</p></div>';
    expect(readUnit(document.body.firstElementChild!).text).toBe('Bone broth\nheals the gut');
  });

  it('styles refutations and mentions as quiet context, and drops unknown claims', () => {
    document.body.innerHTML = '<p>No, bone broth does not heal the gut.</p>';
    const unit = document.body.firstElementChild!;
    const read = readUnit(unit);
    const marks = anchorHits(unit, read, [hit(read.text, 'bone broth does not heal', 'x', 'refutes'), hit(read.text, 'the gut', 'gone')], (id) =>
      id === 'x' ? 'supported' : undefined,
    );
    expect(marks.map((m) => m.name)).toEqual(['gutcheck-context']);
  });

  it('property: any passage of words maps to a range with exactly that text, however the DOM splits it', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const piece = fc.record({ words: fc.array(word, { minLength: 1, maxLength: 4 }), tag: fc.constantFrom('span', 'b', 'a', 'em', '') });
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        document.body.innerHTML = '';
        const p = document.createElement('p');
        for (const { words, tag } of pieces) {
          const text = ` ${words.join('  ')} `;
          if (tag) p.append(Object.assign(document.createElement(tag), { textContent: text }));
          else p.append(text);
        }
        document.body.append(p);
        const read = readUnit(p);
        const starts = [...read.text.matchAll(/\S+/g)].map((m) => m.index);
        const from = starts[a % starts.length]!;
        const lastWord = [...read.text.slice(from).matchAll(/\S+/g)];
        const end = from + lastWord[b % lastWord.length]!.index + lastWord[b % lastWord.length]![0].length;
        const h: ClaimHit = { id: 'x', stance: 'asserts', start: from, end, matched: [], score: 1, confidence: 1, why: [] };
        const [mark] = anchorHits(p, read, [h], verdict);
        return mark!.range.toString().replace(/\s+/g, ' ') === read.text.slice(from, end);
      }),
      { numRuns: 200 },
    );
  });
});
