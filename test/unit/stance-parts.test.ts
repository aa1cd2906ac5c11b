import { describe, expect, it } from 'vitest';
import { loadDatabase } from '../../claims/cli/load-database';
import { assertedOnPage, defaultVocabulary } from '../../claims/engine';
import { createCandidateFinder } from '../../claims/engine/candidates';
import { featureContext, featurize, NAMED } from '../../claims/engine/features';
import { boost, treesLogit } from '../../claims/engine/trees';

describe('boosted trees', () => {
  // y = a XOR b (a set in 70% of rows, so a first split has something to gain): the pair decides,
  // which no weighted sum of a and b can fit.
  const rows = Array.from({ length: 200 }, (_, i) => Float64Array.from([i % 10 < 7 ? 1 : 0, (i >> 1) % 2, (i * 7) % 3]));
  const y = rows.map((r) => (r[0] !== r[1] ? 1 : 0));
  const opt = { rounds: 40, depth: 2, rate: 0.3, minLeaf: 5, lambda: 1 };

  it('learn an interaction of two features', () => {
    const { base, trees } = boost(rows, y, opt);
    rows.forEach((r, i) => expect(treesLogit(trees, base, r) > 0).toBe(y[i] === 1));
  });

  it('are deterministic: the same data gives the same trees', () => {
    expect(JSON.stringify(boost(rows, y, opt))).toBe(JSON.stringify(boost(rows, y, opt)));
  });
});

describe('page stance', () => {
  it('counts a claim only when its asserting passages outnumber its refuting ones', () => {
    const page = [
      { id: 'a', stance: 'asserts' as const },
      { id: 'a', stance: 'refutes' as const },
      { id: 'a', stance: 'refutes' as const },
      { id: 'b', stance: 'asserts' as const },
      { id: 'b', stance: 'mentions' as const },
      { id: 'c', stance: 'mentions' as const },
    ];
    expect([...assertedOnPage(page)]).toEqual(['b']);
  });
});

describe('the text read as a document', () => {
  const finder = createCandidateFinder(loadDatabase(), defaultVocabulary);
  const read = (text: string) => finder.find(text)!;

  it('finds the title, the heading above each sentence and the paragraphs', () => {
    const f = read('Five gut myths, checked\n\nMyth one\nBone broth seals the gut lining.\n\nIt is soup. Collagen rebuilds the gut wall.');
    const unitOf = (word: string) => f.units.findIndex((u) => f.tokens.slice(u.t0, u.t1).some((t) => t.norm === word));
    expect(f.doc.title).toBe(0);
    expect(f.doc.heading[unitOf('broth')]).toBe(unitOf('one'));
    expect(f.doc.para[unitOf('collagen')]).toBeGreaterThan(f.doc.para[unitOf('broth')]!);
  });

  it('takes a short question alone on its line, with a statement under it, as the heading of what follows', () => {
    const f = read('Our clinic explains\n\nWhat can cause a leaky gut?\nSeveral things can, and stress is one.\nAlcohol is another.\n\nDo you bloat?\nDo you crash at 3pm?\nWe can help.');
    const unitOf = (word: string) => f.units.findIndex((u) => f.tokens.slice(u.t0, u.t1).some((t) => t.norm === word));
    expect(f.doc.heading[unitOf('alcohol')]).toBe(unitOf('cause'));
    // It heads the lines under it only: after the blank line the title heads again, and a
    // question over another question heads nothing (the last one heads the line under it).
    expect(f.doc.heading[unitOf('bloat')]).toBe(0);
    expect(f.doc.heading[unitOf('crash')]).toBe(0);
    expect(f.doc.heading[unitOf('help')]).toBe(unitOf('crash'));
  });

  it('does not let a thread\'s opening question frame the replies under it', () => {
    const f = read('u/kate: Does bone broth heal a leaky gut?\nu/jo: I add bone broth to soups.\nu/max: Same here, every winter.');
    expect([...f.doc.heading]).toEqual([-1, -1, -1]);
  });

  it('does not count the same claim made elsewhere for a passage the rules read as refuting', () => {
    // Another voice's assertion cannot undo a reply's own refutation.
    const text = 'u/kate: glutamine healed my leaky gut\nu/sam: glutamine healed my leaky gut too\nu/nurse: glutamine does not heal a leaky gut.';
    const f = read(text);
    const ctx = featureContext(text, f);
    const elsewhere = NAMED.indexOf('same.assertedElsewhere');
    const seen = f.candidates.filter((c) => c.id === 'glutamine-heals-gut').map((c) => [c.rule.stance, featurize(ctx, c).idx.includes(elsewhere)]);
    expect(seen).toEqual([['asserts', true], ['asserts', true], ['refutes', false]]);
  });

  it('reads no cue inside a set phrase in the sentences around a claim, as the rules read none there', () => {
    // "nothing but" and "no matter" hold a negation word and negate nothing; counted as cues,
    // they made the next sentence dispute the claim ("...gain weight. Next he tries a week of nothing but soup").
    const features = (text: string) => {
      const f = read(text);
      const ctx = featureContext(text, f);
      const cand = f.candidates.find((c) => c.id === 'bone-broth-heals-gut')!;
      return featurize(ctx, cand).idx.map((i) => NAMED[i]);
    };
    for (const next of ['Next month he tries a week of nothing but soup.', 'No matter what you eat, it works.']) {
      const named = features(`Bone broth seals a leaky gut. ${next}`);
      expect(named, next).not.toContain('next.postneg');
      expect(named, next).not.toContain('next.negation');
      expect(named, next).not.toContain('next.refersBackNegated');
    }
    // The plain cue still counts: "Nothing worked." after the claim disputes it.
    expect(features('Bone broth seals a leaky gut, they said. Nothing worked.')).toContain('next.refersBackNegated');
  });

  it('keeps a list item whole across "eg.," (the item split there lost its list)', () => {
    const text = 'What can make a gut leakier?\n- Medications (eg., ibuprofen or aspirin)\n- Stress';
    const f = read(text);
    const units = f.units.map((u) => [text.slice(f.tokens[u.t0]!.start, f.tokens[u.t1 - 1]!.end), u.item]);
    expect(units).toEqual([['What can make a gut leakier?', false], ['Medications (eg., ibuprofen or aspirin)', true], ['Stress', true]]);
  });

  it('reads items under a lead-in with the section heading above it, not the lead-in alone', () => {
    // The lead-in names no topic; the heading two lines up does ("Causes of a leaky gut").
    const f = read('A patient guide from our clinic\n\nCauses of a leaky gut\n\nMany factors are involved, for example:\n- Ongoing stress\n- Too much alcohol');
    const stress = f.candidates.find((c) => c.id === 'stress-raises-permeability');
    expect(stress).toMatchObject({ partial: false, relaxed: true, core: 3 });
  });

  it('gives each reply in a thread its own speaker turn, and marks quoted lines', () => {
    const f = read('u/kate: bone broth healed my leaky gut\nu/nurse: it is soup, broth heals nothing\n> bone broth healed my leaky gut\nsource please');
    const turns = [...f.doc.speaker];
    expect(turns[0]).toBe(0);
    expect(turns[1]).toBeGreaterThan(turns[0]!);
    expect(f.doc.quoted[2]).toBe(1);
    expect(f.doc.quoted[0]).toBe(0);
  });
});
