import { i18n } from '#i18n';
import { reportFileName, type Report, type ReportFormat } from './report';
import { reportHtml } from './report-html';
import { reportJsonLd } from './report-jsonld';
import { reportMarkdown } from './report-markdown';
import { localIsoDate, saveFile } from './save-file';

const FORMATS = [
  { format: 'html', label: 'report.html', type: 'text/html', build: reportHtml },
  { format: 'md', label: 'report.md', type: 'text/markdown', build: reportMarkdown },
  { format: 'jsonld', label: 'report.jsonld', type: 'application/ld+json', build: reportJsonLd },
] as const satisfies readonly { format: ReportFormat; label: string; type: string; build: (r: Report) => string }[];

/**
 * Three buttons that save the findings as a report: printable HTML, Markdown, and schema.org
 * ClaimReview JSON-LD. Dated on the day of the click; the file is made here and saved on the device.
 */
export function ReportExport({ report }: { report: Omit<Report, 'date'> }) {
  return (
    <section className="export" aria-labelledby="export-title" data-testid="report-export">
      <h2 id="export-title">{i18n.t('report.saveTitle')}</h2>
      <p className="hint">{i18n.t('report.saveHint')}</p>
      <div className="export-buttons">
        {FORMATS.map(({ format, label, type, build }) => (
          <button
            key={format}
            type="button"
            data-testid={`export-${format}`}
            onClick={() => {
              const dated = { ...report, date: localIsoDate() };
              saveFile(reportFileName(dated, format), build(dated), `${type};charset=utf-8`);
            }}
          >
            {i18n.t(label)}
          </button>
        ))}
      </div>
    </section>
  );
}
