/** claims/claimreview.ts: the schema.org mapping, and claims/words.ts: the patient-facing words. */
import { describe, expect, it } from 'vitest';
import { RATING_SCALE_NOTE, VERDICT_RATING, sourceLinks, toClaimReview } from '../../claims/claimreview';
import { claimSchema, EVIDENCE_LEVELS, VERDICTS, type Claim } from '../../claims/schema';
import { VERDICT_MEANINGS, evidenceWords, verdictWords } from '../../claims/words';

const claim: Claim = claimSchema.parse({
  id: 'bone-broth-heals-gut',
  claim: 'Bone broth heals or seals the gut lining.',
  verdict: 'unsupported',
  evidence: 'very-low',
  summary: 'No study in people has shown that bone broth heals or seals the gut lining.',
  nuance: 'Gelatin is digested into amino acids like any other protein; it is not sent to the gut wall.',
  advice: 'Enjoy broth as food, not as a treatment.',
  sources: [
    { title: 'Leaky gut: mechanisms, measurement and clinical implications', authors: 'Camilleri M', year: 2019, journal: 'Gut', pmid: '31076401', doi: '10.1136/gutjnl-2019-318427' },
    { title: 'A paper known only by its DOI', year: 2005, doi: '10.1021/jf050206p' },
    { title: 'An official page on the web', year: 2020, url: 'https://www.nhs.uk/example' },
  ],
  reviewed: '2026-11-22',
  reviewedBy: 'GutCheck editors',
  history: [{ date: '2026-11-22', change: 'First edition, for the ClaimReview test.' }],
  match: { concepts: { broth: ['bone broth'] }, patterns: [['broth', 'heal']] },
  examples: {
    asserts: ['Bone broth seals your gut.', 'Broth heals the gut lining.', 'Sip broth to repair a leaky gut.'],
    mentions: ['Does bone broth heal the gut?', 'No trial shows broth seals the gut.'],
  },
});

describe('toClaimReview', () => {
  const review = toClaimReview(claim);

  it('fills the schema.org ClaimReview fields', () => {
    expect(review['@context']).toBe('https://schema.org');
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe(claim.claim);
    expect(review.author).toEqual({ '@type': 'Organization', name: 'GutCheck' });
    expect(review.datePublished).toBe('2026-11-22');
    expect(review.itemReviewed).toEqual({ '@type': 'Claim', name: claim.claim, identifier: claim.id });
    expect(review).not.toHaveProperty('url');
  });

  it('rates on the stated 1-5 scale with the verdict in words', () => {
    expect(review.reviewRating).toMatchObject({
      '@type': 'Rating',
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Not supported',
      ratingExplanation: claim.summary,
    });
    expect(review.reviewRating.description).toContain('1 = Contradicted, 2 = Not supported, 3 = Overstated, 4 = Mixed, 5 = Well supported');
    expect(RATING_SCALE_NOTE).toContain('5 = Well supported');
  });

  it('orders the scale from contradicted to supported, one value per verdict', () => {
    expect(VERDICTS.map((v) => VERDICT_RATING[v]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(VERDICT_RATING.contradicted).toBe(1);
    expect(VERDICT_RATING.unsupported).toBe(2);
    expect(VERDICT_RATING.overstated).toBe(3);
    expect(VERDICT_RATING.mixed).toBe(4);
    expect(VERDICT_RATING.supported).toBe(5);
  });

  it('cites sources as CreativeWorks linked to PubMed, DOI or the page', () => {
    const [first, second, third] = review.citation;
    expect(first).toEqual({
      '@type': 'CreativeWork',
      name: claim.sources[0]!.title,
      author: 'Camilleri M',
      datePublished: '2019',
      isPartOf: { '@type': 'Periodical', name: 'Gut' },
      url: 'https://pubmed.ncbi.nlm.nih.gov/31076401/',
      sameAs: ['https://pubmed.ncbi.nlm.nih.gov/31076401/', 'https://doi.org/10.1136/gutjnl-2019-318427'],
    });
    expect(second).toMatchObject({ url: 'https://doi.org/10.1021/jf050206p', sameAs: ['https://doi.org/10.1021/jf050206p'] });
    expect(second).not.toHaveProperty('author');
    expect(third?.sameAs).toEqual(['https://www.nhs.uk/example']);
    expect(sourceLinks(claim.sources[2]!)).toEqual(['https://www.nhs.uk/example']);
  });

  it('adds the review URL, author URL and where the claim appeared when given', () => {
    const withOptions = toClaimReview(claim, {
      url: 'https://gutcheck.example/claims/bone-broth-heals-gut',
      authorUrl: 'https://gutcheck.example',
      appearances: ['https://blog.example/broth'],
    });
    expect(withOptions.url).toBe('https://gutcheck.example/claims/bone-broth-heals-gut');
    expect(withOptions.author.url).toBe('https://gutcheck.example');
    expect(withOptions.itemReviewed.appearance).toEqual([{ '@type': 'CreativeWork', url: 'https://blog.example/broth' }]);
  });

  it('survives a JSON round trip unchanged (plain data only)', () => {
    expect(JSON.parse(JSON.stringify(review))).toEqual(review);
  });
});

describe('words', () => {
  it('has a label and a meaning for every verdict and evidence level', () => {
    for (const v of VERDICTS) expect(VERDICT_MEANINGS[v]).toMatch(/\.$/);
    // Written out, not read back from VERDICT_WORDS/EVIDENCE_WORDS, so a swapped or misspelt label fails here.
    expect(Object.fromEntries(VERDICTS.map((v) => [v, verdictWords(v)]))).toEqual({
      supported: 'Well supported',
      mixed: 'Mixed',
      overstated: 'Overstated',
      unsupported: 'Not supported',
      contradicted: 'Contradicted',
    });
    expect(Object.fromEntries(EVIDENCE_LEVELS.map((e) => [e, evidenceWords(e)]))).toEqual({
      high: 'High',
      moderate: 'Moderate',
      low: 'Low',
      'very-low': 'Very low',
    });
  });

  it('passes unknown codes through rather than printing undefined', () => {
    expect(verdictWords('someday')).toBe('someday');
    expect(evidenceWords('someday')).toBe('someday');
  });
});
