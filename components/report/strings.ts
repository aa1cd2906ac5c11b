import { reviewDate } from '../review-date';

/**
 * Every sentence of the exported reports (HTML, Markdown), in one place, so translating them
 * later means translating this file. Verdict, evidence and stance words come from
 * claims/words.ts, shared with the card and the database page.
 */
export const REPORT_STRINGS = {
  intro:
    'GutCheck compared the claims on this page with its database of leaky-gut claims, on this device. This is general information, not medical advice.',
  demoPage: 'GutCheck demo page (inside the extension)',
  page: 'Page',
  date: 'Checked on',
  makes: 'Claims the page makes',
  other: 'Claims the page disputes or only mentions',
  none: 'GutCheck found no claims from its database on this page.',
  where: 'Where',
  passage: 'On the page',
  verdict: 'Verdict',
  evidence: 'Strength of evidence (GRADE)',
  research: 'What the research says',
  sources: 'Sources',
  print: 'Print this report',
  footer: 'Made by GutCheck on this device. Nothing was sent anywhere.',
} as const;

/** The report's heading. */
export function reportHeading(title: string): string {
  return `GutCheck report: ${title}`;
}

/** "7 December 2026", as the card writes review dates. */
export function reportDate(iso: string): string {
  return reviewDate(iso);
}

/** "21 claims found: 14 the page makes, 7 it disputes or only mentions." */
export function findingsCount(makes: number, other: number): string {
  const total = makes + other;
  return `${total} ${total === 1 ? 'claim' : 'claims'} found: ${makes} the page makes, ${other} it disputes or only mentions.`;
}

/** The export buttons' words (demo page and presenter). */
export const EXPORT_STRINGS = {
  title: 'Save a report',
  hint: 'Saved as a file on this device. Nothing is sent anywhere.',
  html: 'Printable report (HTML)',
  md: 'Markdown',
  jsonld: 'ClaimReview (JSON-LD)',
} as const;
