import { reportFileName, type Report, type ReportFormat } from './report';
import { reportHtml } from './report-html';
import { reportJsonLd } from './report-jsonld';
import { reportMarkdown } from './report-markdown';
import { localIsoDate, saveFile } from './save-file';
import { EXPORT_STRINGS as S } from './strings';

const FORMATS: readonly { format: ReportFormat; label: string; type: string; build: (r: Report) => string }[] = [
  { format: 'html', label: S.html, type: 'text/html', build: reportHtml },
  { format: 'md', label: S.md, type: 'text/markdown', build: reportMarkdown },
  { format: 'jsonld', label: S.jsonld, type: 'application/ld+json', build: reportJsonLd },
];

/**
 * Three buttons that save the findings as a report: printable HTML, Markdown, and schema.org
 * ClaimReview JSON-LD. Dated on the day of the click; the file is made here and saved on the device.
 */
export function ReportExport({ report }: { report: Omit<Report, 'date'> }) {
  return (
    <section className="export" aria-labelledby="export-title" data-testid="report-export">
      <h2 id="export-title">{S.title}</h2>
      <p className="hint">{S.hint}</p>
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
            {label}
          </button>
        ))}
      </div>
    </section>
  );
}
