/** components/classroom: one finding per claim, the sentence around a passage, and the demo read by the real engine. */
import { describe, expect, it } from 'vitest';
import { loadDatabase } from '@/claims/cli/load-database';
import { createMatcher } from '@/claims/engine';
import { DEMO_POSTS } from '@/components/classroom/demo-posts';
import { scanDemo, sentenceAround } from '@/components/classroom/demo-scan';
import { findingSentence, pickFindings, type Passage } from '@/components/classroom/findings';

const claims = loadDatabase();
const byId = new Map(claims.map((c) => [c.id, c]));
const lookup = (id: string) => byId.get(id);

describe('pickFindings', () => {
  const p = (id: string, stance: Passage['stance'], text: string): Passage => ({ id, stance, text });

  it('keeps one finding per claim, in the order the page first names it', () => {
    const found = pickFindings([p('bone-broth-heals-gut', 'mentions', 'a'), p('nsaids-raise-permeability', 'asserts', 'b'), p('bone-broth-heals-gut', 'asserts', 'c')], lookup);
    expect(found.map((f) => [f.id, f.stance, f.text])).toEqual([
      ['bone-broth-heals-gut', 'asserts', 'c'],
      ['nsaids-raise-permeability', 'asserts', 'b'],
    ]);
    expect(found[0]!.claim.id).toBe('bone-broth-heals-gut');
  });

  it('reads the page as the badge does: a claim disputed as often as made is shown disputed', () => {
    const found = pickFindings([p('zonulin-test-diagnoses', 'asserts', 'sells it'), p('zonulin-test-diagnoses', 'refutes', 'myth')], lookup);
    expect(found.map((f) => [f.stance, f.text])).toEqual([['refutes', 'myth']]);
    const mentioned = pickFindings([p('zonulin-test-diagnoses', 'mentions', 'is it?')], lookup);
    expect(mentioned.map((f) => f.stance)).toEqual(['mentions']);
  });

  it('leaves out ids the database does not know, and labels where each came from', () => {
    const found = pickFindings([p('no-such-claim', 'asserts', 'x'), p('nsaids-raise-permeability', 'asserts', 'y')], lookup, 'Forum');
    expect(found.map((f) => [f.id, f.where])).toEqual([['nsaids-raise-permeability', 'Forum']]);
  });
});

describe('sentenceAround', () => {
  const text = 'First one. Our IgG panel shows which foods to cut out! Next.\nA line\n• L-Glutamine 5 g';

  it('widens a passage to its sentence', () => {
    const start = text.indexOf('IgG panel');
    const around = sentenceAround(text, start, start + 'IgG panel'.length);
    expect(findingSentence({ text: 'IgG panel', ...around })).toBe('Our IgG panel shows which foods to cut out!');
  });

  it('stops at line breaks and at the ends of the text', () => {
    const start = text.indexOf('Glutamine');
    expect(sentenceAround(text, start, start + 9)).toEqual({ before: '• L-', after: ' 5 g' });
    expect(sentenceAround(text, 0, 5)).toEqual({ before: '', after: ' one.' });
  });
});

describe('the demo posts, read by the engine', () => {
  const scans = scanDemo(DEMO_POSTS, createMatcher(claims), lookup);
  const found = (post: string) => scans.find((s) => s.post.id === post)!.findings.map((f) => `${f.id}:${f.stance}`);

  it('has every kind of post the lesson needs', () => {
    expect(DEMO_POSTS.map((p) => p.id)).toEqual(['caption', 'thread', 'shop', 'clinic', 'debunk', 'facts']);
    for (const post of DEMO_POSTS) expect(post.body).not.toMatch(/https?:|www\./);
  });

  it('finds claims in every post, myths asserted where they are sold', () => {
    for (const s of scans) expect(s.findings.length, s.post.id).toBeGreaterThan(0);
    expect(found('caption')).toContain('bone-broth-heals-gut:asserts');
    expect(found('shop')).toContain('twelve-week-cure:asserts');
    expect(found('clinic')).toContain('zonulin-test-diagnoses:asserts');
  });

  it('reads the debunk as disputing its myths and stating the true claim', () => {
    expect(found('debunk')).toEqual(['zonulin-test-diagnoses:refutes', 'bone-broth-heals-gut:refutes', 'permeability-is-real:asserts']);
  });

  it('marks the plain true statements as made: NSAIDs, alcohol, coeliac disease', () => {
    expect(found('facts')).toEqual(expect.arrayContaining(['nsaids-raise-permeability:asserts', 'alcohol-raises-permeability:asserts', 'permeability-in-disease:asserts']));
    const facts = scans.find((s) => s.post.id === 'facts')!;
    expect(facts.findings.every((f) => f.claim.verdict === 'supported')).toBe(true);
  });

  it('quotes each passage in its sentence', () => {
    const clinic = scans.find((s) => s.post.id === 'clinic')!.findings;
    expect(findingSentence(clinic.find((f) => f.id === 'igg-food-sensitivity-test')!)).toBe('Our IgG food sensitivity panel shows which foods you should cut out.');
  });
});
