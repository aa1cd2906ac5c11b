import { i18n } from '#i18n';
import { sourceLinks } from '@/claims/claimreview';
import type { Finding } from '../classroom/findings';
import { findingSentence } from '../classroom/findings';
import { reviewDate } from '../review-date';
import { evidenceLabel, evidenceMeaning, stanceLabel, verdictLabel, verdictMeaning } from '../words';
import { byStance, findingsCount, webAddress, type Report } from './report';

/**
 * Text as Markdown shows it literally: inline markup characters are backslash-escaped (CommonMark
 * allows it before any ASCII punctuation), and so is whatever would start a heading, list, quote
 * or rule at the start of the line. A page's words never become
 * markup of the report (a heading, a bracketed link, an image, HTML).
 */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<>|~&!]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** One line of page text as Markdown (line breaks and runs of spaces folded). */
const inline = (text: string): string => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

/** A link target in angle brackets, which CommonMark ends only at "<", ">" or a line break; those and spaces are percent-encoded. */
const target = (url: string): string => `<${url.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;

function findingMarkdown(f: Finding, n: number): string {
  const { claim } = f;
  const sources = claim.sources.map((s, i) => {
    const href = sourceLinks(s)[0];
    const title = href ? `[${inline(s.title)}](${target(href)})` : inline(s.title);
    return `${i + 1}. ${title}, ${inline([s.journal, s.year].filter(Boolean).join(', '))}`;
  });
  return [
    `### ${n}. ${inline(claim.claim)}`,
    '',
    ...(f.where ? [`- ${i18n.t('report.where')}: ${inline(f.where)}`] : []),
    `- ${i18n.t('common.verdict')}: **${inline(verdictLabel(claim.verdict))}**. ${inline(verdictMeaning(claim.verdict))}`,
    `- ${i18n.t('report.evidence')}: **${inline(evidenceLabel(claim.evidence))}**. ${inline(evidenceMeaning(claim.evidence))}`,
    '',
    `${i18n.t('report.passage')} (${stanceLabel(f.stance).toLowerCase()}):`,
    '',
    `> ${inline(findingSentence(f))}`,
    '',
    `${i18n.t('common.research')}: ${inline(claim.summary)}`,
    '',
    `${i18n.t('common.sources')}:`,
    '',
    ...sources,
    '',
  ].join('\n');
}

function sectionMarkdown(heading: string, findings: readonly Finding[], first: number): string[] {
  if (!findings.length) return [];
  return [`## ${heading} (${findings.length})`, '', ...findings.map((f, i) => findingMarkdown(f, first + i))];
}

/** The report as Markdown, for notes, a learning platform or a wiki; page text is escaped. */
export function reportMarkdown(report: Report): string {
  const { makes, other } = byStance(report.findings);
  const href = webAddress(report.url);
  const page = href ? target(href) : inline(report.url ?? i18n.t('report.demoPage'));
  return [
    `# ${inline(i18n.t('report.heading', [report.title]))}`,
    '',
    `- ${i18n.t('report.page')}: ${page}`,
    `- ${inline(i18n.t('report.date', [reviewDate(report.date)]))}`,
    `- ${report.findings.length ? findingsCount(makes.length, other.length) : i18n.t('report.none')}`,
    '',
    i18n.t('report.intro'),
    '',
    ...sectionMarkdown(i18n.t('report.makes'), makes, 1),
    ...sectionMarkdown(i18n.t('report.other'), other, makes.length + 1),
    '---',
    '',
    i18n.t('report.footer'),
    '',
  ].join('\n');
}
