import { describe, expect, it } from 'vitest';
import { badgeText } from '@/entrypoints/lib/messages';
import { claimTotal, filterGroups, groupPassages, NO_FILTER, verdictCounts, type FoundPassage } from '@/components/sidepanel/claim-groups';
import { countsText } from '@/entrypoints/popup/PageSummary';

const p = (id: string, verdict: FoundPassage['verdict'], stance: FoundPassage['stance'] = 'asserts', text = `about ${id}`): FoundPassage => ({ id, stance, verdict, text });
const STATEMENTS: Record<string, string> = {
  broth: 'Bone broth heals or seals the gut lining.',
  zonulin: 'A serum or stool zonulin test can diagnose leaky gut.',
  fibre: 'Fermented foods and fibre feed helpful gut bacteria.',
  gluten: 'Gluten causes leaky gut in everyone.',
};
const statementOf = (id: string) => STATEMENTS[id] ?? '';
const shape = (groups: ReturnType<typeof groupPassages>) => groups.map((g) => `${g.key}: ${g.claims.map((c) => `${c.id}(${c.passages.length})`).join(' ')}`);

describe('grouping a page’s passages for the side panel', () => {
  const page = [
    p('broth', 'unsupported', 'asserts', 'bone broth heals your gut'),
    p('fibre', 'supported'),
    p('zonulin', 'contradicted'),
    p('broth', 'unsupported', 'asserts', 'broth seals the lining'),
    p('broth', 'unsupported', 'asserts', 'bone broth heals your gut'), // the same passage twice: listed once
    p('gluten', 'contradicted', 'refutes', 'gluten does not cause leaky gut in everyone'),
    p('fibre', 'supported', 'mentions', 'fibre'),
  ];

  it('puts each claim under its verdict, most doubtful first, with its passages; context goes last', () => {
    expect(shape(groupPassages(page))).toEqual(['contradicted: zonulin(1)', 'unsupported: broth(2)', 'supported: fibre(1)', 'context: gluten(1) fibre(1)']);
  });

  it('holds exactly the badge’s claims under verdicts', () => {
    const underVerdicts = groupPassages(page).filter((g) => g.key !== 'context');
    expect(String(claimTotal(underVerdicts))).toBe(badgeText(page));
  });

  it('lists a claim the text disputes more often than it makes as context, not under its verdict', () => {
    const debunk = [p('broth', 'unsupported', 'asserts', 'broth heals'), p('broth', 'unsupported', 'refutes', 'no, it does not'), p('broth', 'unsupported', 'refutes', 'really not')];
    expect(shape(groupPassages(debunk))).toEqual(['context: broth(3)']);
  });

  it('is empty for no passages', () => {
    expect(groupPassages([])).toEqual([]);
  });

  it('finds claims by any word of statement, passage or verdict, in any case and order', () => {
    const groups = groupPassages(page);
    const ids = (text: string, verdict: FoundPassage['verdict'] | '' = '') => filterGroups(groups, { text, verdict }, statementOf).flatMap((g) => g.claims.map((c) => `${g.key}:${c.id}`));
    expect(ids('')).toEqual(['contradicted:zonulin', 'unsupported:broth', 'supported:fibre', 'context:gluten', 'context:fibre']);
    expect(ids('LINING seals')).toEqual(['unsupported:broth']);
    expect(ids('diagnose')).toEqual(['contradicted:zonulin']); // in the statement only
    expect(ids('not supported')).toEqual(['unsupported:broth']); // the verdict in words
    expect(ids('', 'supported')).toEqual(['supported:fibre', 'context:fibre']);
    expect(ids('gluten', 'supported')).toEqual([]);
    expect(filterGroups(groups, NO_FILTER, statementOf)).toEqual(groups);
  });

  it('counts asserted claims by verdict for the popup, in words', () => {
    const counts = verdictCounts(groupPassages(page));
    expect(counts).toEqual([
      { verdict: 'contradicted', count: 1 },
      { verdict: 'unsupported', count: 1 },
      { verdict: 'supported', count: 1 },
    ]);
    expect(countsText(counts)).toBe('3 claims on this page: 1 contradicted, 1 not supported, 1 well supported');
    expect(countsText(verdictCounts(groupPassages([p('a', 'unsupported'), p('b', 'unsupported'), p('c', 'supported')])))).toBe(
      '3 claims on this page: 2 not supported, 1 well supported',
    );
    expect(countsText([{ verdict: 'mixed', count: 1 }])).toBe('1 claim on this page: 1 mixed');
    expect(countsText(verdictCounts(groupPassages([p('gluten', 'contradicted', 'refutes')])))).toBe('0 claims on this page');
  });
});
