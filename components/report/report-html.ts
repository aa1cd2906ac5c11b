import { i18n } from '#i18n';
import { sourceLinks } from '@/claims/claimreview';
import type { Finding } from '../classroom/findings';
import { findingSentence } from '../classroom/findings';
import { reviewDate } from '../review-date';
import { evidenceLabel, evidenceMeaning, stanceLabel, verdictLabel, verdictMeaning } from '../words';
import { byStance, findingsCount, webAddress, type Report } from './report';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and quoted attributes: page text is the page's, never markup of ours. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The print button's whole script; the CSP below allows exactly this handler by its hash. */
export const PRINT_HANDLER = 'window.print()';
/** sha256 of PRINT_HANDLER, base64 (test/unit/report-builders.test.ts recomputes it). */
export const PRINT_HANDLER_HASH = 'sha256-MguIPR6qNR8D3B+eAlK+bIRTZe8t3wkOY4B/56Me9FU=';

/**
 * The report file allows no requests at all (no images, fonts, scripts or frames from anywhere)
 * and no script but the print button's, so it stays a document of this device even if a page's
 * text slipped past escaping. Links to sources remain links: following one is the reader's click.
 */
const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-hashes' '${PRINT_HANDLER_HASH}'`;

const STYLE = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 46rem; padding: 24px 16px 40px; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2933; background: #fff; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 8px; }
h2 { font-size: 1.25rem; margin: 28px 0 8px; border-bottom: 1px solid #d9dee5; padding-bottom: 4px; }
h3 { font-size: 1.1rem; margin: 0 0 6px; }
.meta, .where, .cite, footer { color: #52606d; }
.meta { margin: 0; }
article { border-left: 4px solid #3b4a6b; padding: 4px 0 4px 14px; margin: 18px 0; }
blockquote { margin: 8px 0; padding: 6px 12px; background: #f5f7fa; border-radius: 6px; font-size: 1.05rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
dt { font-weight: 600; } dd { margin: 0; }
a { color: #1d4ed8; overflow-wrap: anywhere; }
button { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid #7b8794; background: #f5f7fa; color: inherit; cursor: pointer; margin: 12px 0; }
button:focus-visible, a:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
@media (max-width: 480px) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 6px; } }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .print { display: none; }
  article { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; }
  .sources a::after { content: " <" attr(href) ">"; font-size: 0.85em; color: #52606d; }
}`;

function sourcesHtml(f: Finding): string {
  const items = f.claim.sources.map((s) => {
    const href = sourceLinks(s)[0] ?? '';
    const cite = [s.journal, s.year].filter(Boolean).join(', ');
    return `<li><a href="${escapeHtml(href)}">${escapeHtml(s.title)}</a> <span class="cite">${escapeHtml(cite)}</span></li>`;
  });
  return `<p><strong>${escapeHtml(i18n.t('common.sources'))}</strong></p><ol class="sources">${items.join('')}</ol>`;
}

function findingHtml(f: Finding, n: number): string {
  const { claim } = f;
  return `<article>
<h3>${n}. ${escapeHtml(claim.claim)}</h3>
${f.where ? `<p class="where">${escapeHtml(i18n.t('report.where'))}: ${escapeHtml(f.where)}</p>` : ''}
<p><strong>${escapeHtml(i18n.t('report.passage'))}</strong> (${escapeHtml(stanceLabel(f.stance).toLowerCase())}):</p>
<blockquote>${escapeHtml(findingSentence(f))}</blockquote>
<dl>
<dt>${escapeHtml(i18n.t('common.verdict'))}</dt><dd><strong>${escapeHtml(verdictLabel(claim.verdict))}</strong>. ${escapeHtml(verdictMeaning(claim.verdict))}</dd>
<dt>${escapeHtml(i18n.t('report.evidence'))}</dt><dd><strong>${escapeHtml(evidenceLabel(claim.evidence))}</strong>. ${escapeHtml(evidenceMeaning(claim.evidence))}</dd>
</dl>
<p><strong>${escapeHtml(i18n.t('common.research'))}:</strong> ${escapeHtml(claim.summary)}</p>
${sourcesHtml(f)}
</article>`;
}

function sectionHtml(heading: string, findings: readonly Finding[], first: number): string {
  if (!findings.length) return '';
  return `<section><h2>${escapeHtml(heading)} (${findings.length})</h2>\n${findings.map((f, i) => findingHtml(f, first + i)).join('\n')}</section>`;
}

/**
 * The printable report: one self-contained HTML file (inline style with a print stylesheet, a
 * Print button, no external resource). Every piece of page or database text is escaped.
 */
export function reportHtml(report: Report): string {
  const { makes, other } = byStance(report.findings);
  const href = webAddress(report.url);
  const page = href ? `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>` : escapeHtml(report.url ?? i18n.t('report.demoPage'));
  const heading = escapeHtml(i18n.t('report.heading', [report.title]));
  return `<!doctype html>
<html lang="${escapeHtml(i18n.t('lang'))}" dir="${escapeHtml(i18n.t('dir'))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${heading}</h1>
<p class="meta">${escapeHtml(i18n.t('report.page'))}: ${page}</p>
<p class="meta">${escapeHtml(i18n.t('report.date', [reviewDate(report.date)]))}. ${escapeHtml(report.findings.length ? findingsCount(makes.length, other.length) : i18n.t('report.none'))}</p>
<p>${escapeHtml(i18n.t('report.intro'))}</p>
<button type="button" class="print" onclick="${PRINT_HANDLER}">${escapeHtml(i18n.t('report.print'))}</button>
</header>
<main>
${sectionHtml(i18n.t('report.makes'), makes, 1)}
${sectionHtml(i18n.t('report.other'), other, makes.length + 1)}
</main>
<footer><p>${escapeHtml(i18n.t('report.footer'))}</p></footer>
</body>
</html>
`;
}
