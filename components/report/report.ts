import { i18n } from '#i18n';
import type { Finding } from '../classroom/findings';

/**
 * What a report covers: one page (or the demo) on one day, and its findings. The builders
 * (report-html.ts, report-markdown.ts, report-jsonld.ts) are functions of this alone, so tests
 * check them without a browser and the files never depend on when or where they are made.
 *
 * The HTML and Markdown reports are written in the extension's language (locales/<lang>.yml,
 * group `report`), like the pages they are saved from: a teacher hands them to the same class.
 * The messages are bundled and read synchronously, so the builders stay deterministic (the tests
 * read the English through test/setup/i18n.ts). The ClaimReview JSON-LD is data for machines,
 * built by claims/claimreview.ts, which the `gutcheck` command shares: it stays in English.
 */
export interface Report {
  /** The page's title as the reader knows it (the tab's title, or the demo's name). */
  title: string;
  /** The page's address; none for the demo, which has no public one. */
  url?: string;
  /** The day of the report, ISO (2026-12-07). */
  date: string;
  findings: readonly Finding[];
}

/** "21 claims found: 14 the page makes, 7 it disputes or only mentions." */
export function findingsCount(makes: number, other: number): string {
  const total = makes + other;
  return i18n.t('report.findings', total, [total, makes, other]);
}

/** The file formats a report is saved in. */
export type ReportFormat = 'html' | 'md' | 'jsonld';

/** Claims the page makes first, then those it disputes or only mentions: the order a reader needs. */
export function byStance(findings: readonly Finding[]): { makes: Finding[]; other: Finding[] } {
  return { makes: findings.filter((f) => f.stance === 'asserts'), other: findings.filter((f) => f.stance !== 'asserts') };
}

/** An http(s) address, or undefined: anything else (javascript:, data:) is never made a link. */
export function webAddress(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** "gutcheck-report-the-gut-letter-2026-12-07.html": readable, safe on every file system. */
export function reportFileName(report: Pick<Report, 'title' | 'date'>, format: ReportFormat): string {
  const slug = report.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `gutcheck-report-${slug ? `${slug}-` : ''}${report.date}.${format}`;
}
