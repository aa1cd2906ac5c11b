import { describe, expect, it } from 'vitest';
import { getClaims } from '@/claims/bundle';
import { createClaimBrowser, NO_QUERY } from '@/components/database/claim-search';
import { countText } from '@/components/database/BrowseControls';

const claims = getClaims();
const browse = createClaimBrowser(claims);
const ids = (text: string, more: Partial<typeof NO_QUERY> = {}) => browse({ ...NO_QUERY, ...more, text }).map((c) => c.id);

describe('database search', () => {
  it('with no words, shows every entry in the database order', () => {
    expect(ids('')).toEqual(claims.map((c) => c.id));
    expect(ids('   ')).toHaveLength(claims.length);
  });

  it('ranks the entry a reader means first', () => {
    expect(ids('bone broth')[0]).toBe('bone-broth-heals-gut');
    expect(ids('kombucha')[0]).toBe('kombucha-vinegar-heal-gut');
    expect(ids('candida')[0]).toBe('candida-causes-leaky-gut');
    expect(ids('brain fog')[0]).toBe('leaky-gut-brain-fog-fatigue');
  });

  it('looks a question up by its telling words, so the entry it names comes first', () => {
    expect(ids('gluten leaky gut')[0]).toBe('gluten-leaky-gut-everyone');
    expect(ids('ibuprofen leaky gut')[0]).toBe('nsaids-raise-permeability');
    expect(ids('does bone broth heal leaky gut')[0]).toBe('bone-broth-heals-gut');
    expect(ids('is leaky gut real')[0]).toBe('permeability-is-real');
    expect(ids('leaky gut weight')[0]).toBe('leaky-gut-weight');
    expect(ids('zonulin test for leaky gut')[0]).toBe('zonulin-test-diagnoses');
    // Plain words alone are searched as typed.
    expect(ids('leaky gut').length).toBeGreaterThan(0);
  });

  it('forgives a typo', () => {
    expect(ids('colagen')[0]).toBe('collagen-rebuilds-gut-wall');
  });

  it('finds an entry by one of its typical wordings, not only its claim', () => {
    const claim = claims.find((c) => c.id === 'zonulin-test-diagnoses')!;
    expect(ids(claim.examples.asserts[0]!)).toContain('zonulin-test-diagnoses');
  });

  it('finds nothing for words no entry is near', () => {
    expect(ids('xyzzy')).toEqual([]);
  });

  it('narrows by verdict and by evidence level, alone or with words', () => {
    const contradicted = ids('', { verdict: 'contradicted' });
    expect(contradicted.length).toBeGreaterThan(0);
    expect(contradicted).toEqual(claims.filter((c) => c.verdict === 'contradicted').map((c) => c.id));
    const high = ids('', { evidence: 'high' });
    expect(high).toEqual(claims.filter((c) => c.evidence === 'high').map((c) => c.id));
    const both = ids('', { verdict: 'unsupported', evidence: 'very-low' });
    expect(both).toEqual(claims.filter((c) => c.verdict === 'unsupported' && c.evidence === 'very-low').map((c) => c.id));
    const broth = claims.find((c) => c.id === 'bone-broth-heals-gut')!;
    expect(ids('bone broth', { verdict: broth.verdict })[0]).toBe('bone-broth-heals-gut');
    expect(ids('bone broth', { verdict: broth.verdict === 'supported' ? 'mixed' : 'supported' })).not.toContain('bone-broth-heals-gut');
  });

  it('counts shown entries in words', () => {
    expect(countText(12, 49)).toBe('12 of 49 entries');
    expect(countText(0, 49)).toBe('0 of 49 entries');
    expect(countText(1, 1)).toBe('1 of 1 entry');
  });
});
