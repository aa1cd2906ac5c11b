import { toClaimReview, type ClaimReviewJson } from '@/claims/claimreview';
import { findingSentence } from '../classroom/findings';
import { webAddress, type Report } from './report';

/**
 * The report's findings as schema.org ClaimReview objects (claims/claimreview.ts), one per claim,
 * each quoting the passage and the page it was found on, stamped with the report's date
 * (sdDatePublished). Fact-check tools and search engines read this format.
 */
export function reportClaimReviews(report: Report): ClaimReviewJson[] {
  const pageUrl = webAddress(report.url);
  return report.findings.map((f) =>
    toClaimReview(f.claim, {
      quotations: [
{ text: findingSentence(f), pageTitle: report.title, ...(pageUrl && { pageUrl }) }
      ],
      generated: report.date,
    }),
  );
}

/**
 * The JSON-LD file's text. "<" is written as \u003c (the same JSON once parsed) so the file can
 * also be pasted into a <script type="application/ld+json"> without a passage closing the tag.
 */
export function reportJsonLd(report: Report): string {
  return `${JSON.stringify(reportClaimReviews(report), null, 2).replace(/</g, '\\u003c')}\n`;
}
