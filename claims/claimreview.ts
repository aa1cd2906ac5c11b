import type { Claim, Source, Verdict } from './schema';
import { VERDICT_MEANINGS, VERDICT_WORDS } from './words';

/**
 * schema.org ClaimReview export, the format search engines and fact-check aggregators read
 * (https://schema.org/ClaimReview, https://developers.google.com/search/docs/appearance/structured-data/factcheck).
 *
 * Rating scale, stated in every review's reviewRating.description:
 *   1 = Contradicted, 2 = Not supported, 3 = Overstated, 4 = Mixed, 5 = Well supported.
 * worstRating 1, bestRating 5; higher means the claim as stated holds up better.
 */
export const VERDICT_RATING: Readonly<Record<Verdict, 1 | 2 | 3 | 4 | 5>> = {
  contradicted: 1,
  unsupported: 2,
  overstated: 3,
  mixed: 4,
  supported: 5,
};

/** The scale in words, as written into each review. */
export const RATING_SCALE_NOTE = `GutCheck scale: ${(Object.keys(VERDICT_RATING) as Verdict[])
  .map((v) => `${VERDICT_RATING[v]} = ${VERDICT_WORDS[v]}`)
  .join(', ')}.`;

/** Optional context for a review; the database alone gives everything else. */
export interface ClaimReviewOptions {
  /** Where this review is published (the review page's own URL), if it has one. */
  url?: string;
  /** Pages where the claim was seen; become itemReviewed.appearance. */
  appearances?: readonly string[];
  /** Passages where the claim was seen, quoted with their page; also become itemReviewed.appearance. */
  quotations?: readonly ClaimQuotation[];
  /** When this structured data was made (a report's date), as schema.org's sdDatePublished. */
  generated?: string;
  /** Publisher/author URL for the GutCheck organization. */
  authorUrl?: string;
}

/**
 * A passage as a page words it. A report quotes the passage, not only the page's address: the
 * demo page has no public address, and a reader of the report needs the words themselves.
 */
export interface ClaimQuotation {
  text: string;
  pageTitle: string;
  pageUrl?: string;
}

/** Where a claim appeared: a page (by address) or a quoted passage of a page. */
export type AppearanceJson =
  | { '@type': 'CreativeWork'; url: string }
  | { '@type': 'Quotation'; text: string; isPartOf: { '@type': 'WebPage'; name: string; url?: string } };

/** A cited source as schema.org CreativeWork: title, year, and its PubMed/DOI/page links. */
export interface CreativeWorkJson {
  '@type': 'CreativeWork';
  name: string;
  author?: string;
  datePublished: string;
  isPartOf?: { '@type': 'Periodical'; name: string };
  url: string;
  sameAs: string[];
}

/** The JSON-LD object toClaimReview returns (the fields GutCheck fills, not all of schema.org). */
export interface ClaimReviewJson {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url?: string;
  claimReviewed: string;
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: 5;
    worstRating: 1;
    alternateName: string;
    ratingExplanation: string;
    description: string;
  };
  reviewBody: string;
  author: { '@type': 'Organization'; name: 'GutCheck'; url?: string };
  datePublished: string;
  sdDatePublished?: string;
  itemReviewed: {
    '@type': 'Claim';
    name: string;
    identifier: string;
    appearance?: AppearanceJson[];
  };
  citation: CreativeWorkJson[];
}

/** Stable links for a source, most specific first: PubMed, then DOI, then the given URL. */
export function sourceLinks(source: Source): string[] {
  const links: string[] = [];
  if (source.pmid) links.push(`https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`);
  if (source.doi) links.push(`https://doi.org/${source.doi}`);
  if (source.url) links.push(source.url);
  return links;
}

function toCreativeWork(source: Source): CreativeWorkJson {
  const links = sourceLinks(source);
  return {
    '@type': 'CreativeWork',
    name: source.title,
    ...(source.authors && { author: source.authors }),
    datePublished: String(source.year),
    ...(source.journal && { isPartOf: { '@type': 'Periodical' as const, name: source.journal } }),
    // The schema requires at least one identifier, so links[0] exists for any parsed source.
    url: links[0] ?? '',
    sameAs: links,
  };
}

function toQuotation(q: ClaimQuotation): AppearanceJson {
  return {
    '@type': 'Quotation',
    text: q.text,
    isPartOf: { '@type': 'WebPage', name: q.pageTitle, ...(q.pageUrl && { url: q.pageUrl }) },
  };
}

/** One database entry as a ClaimReview JSON-LD object (pure; serialise with JSON.stringify). */
export function toClaimReview(claim: Claim, options: ClaimReviewOptions = {}): ClaimReviewJson {
  const appearance: AppearanceJson[] = [
    ...(options.appearances ?? []).map((url) => ({ '@type': 'CreativeWork' as const, url })),
    ...(options.quotations ?? []).map(toQuotation),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(options.url && { url: options.url }),
    claimReviewed: claim.claim,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: VERDICT_RATING[claim.verdict],
      bestRating: 5,
      worstRating: 1,
      alternateName: VERDICT_WORDS[claim.verdict],
      ratingExplanation: claim.summary,
      description: `${RATING_SCALE_NOTE} ${VERDICT_WORDS[claim.verdict]}: ${VERDICT_MEANINGS[claim.verdict]}`,
    },
    reviewBody: `${claim.summary} ${claim.nuance}`,
    author: { '@type': 'Organization', name: 'GutCheck', ...(options.authorUrl && { url: options.authorUrl }) },
    datePublished: claim.reviewed,
    ...(options.generated && { sdDatePublished: options.generated }),
    itemReviewed: {
      '@type': 'Claim',
      name: claim.claim,
      identifier: claim.id,
      ...(appearance.length ? { appearance } : {}),
    },
    citation: claim.sources.map(toCreativeWork),
  };
}
