import { sourceLinks } from '@/claims/claimreview';
import { EVIDENCE_MEANINGS, STANCE_WORDS, VERDICT_MEANINGS, evidenceWords, verdictWords } from '@/claims/words';
import type { Finding } from '../classroom/findings';
import { findingSentence } from '../classroom/findings';
import { byStance, webAddress, type Report } from './report';
import { findingsCount, REPORT_STRINGS as S, reportDate, reportHeading } from './strings';

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
    ...(f.where ? [`- ${S.where}: ${inline(f.where)}`] : []),
    `- ${S.verdict}: **${inline(verdictWords(claim.verdict))}**. ${inline(VERDICT_MEANINGS[claim.verdict])}`,
    `- ${S.evidence}: **${inline(evidenceWords(claim.evidence))}**. ${inline(EVIDENCE_MEANINGS[claim.evidence])}`,
    '',
    `${S.passage} (${STANCE_WORDS[f.stance].toLowerCase()}):`,
    '',
    `> ${inline(findingSentence(f))}`,
    '',
    `${S.research}: ${inline(claim.summary)}`,
    '',
    `${S.sources}:`,
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
  const page = href ? target(href) : inline(report.url ?? S.demoPage);
  return [
    `# ${inline(reportHeading(report.title))}`,
    '',
    `- ${S.page}: ${page}`,
    `- ${S.date} ${inline(reportDate(report.date))}`,
    `- ${report.findings.length ? findingsCount(makes.length, other.length) : S.none}`,
    '',
    S.intro,
    '',
    ...sectionMarkdown(S.makes, makes, 1),
    ...sectionMarkdown(S.other, other, makes.length + 1),
    '---',
    '',
    S.footer,
    '',
  ].join('\n');
}
