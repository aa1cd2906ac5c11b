import { i18n } from '#i18n';
import { useRef, useState } from 'react';
import type { Verdict } from '@/claims/schema';
import { verdictLabel } from '../words';

/** One saved wrong-match report, ready to show (the claim's own words looked up by the page). */
export interface ReportRow {
  /** Stable while the report exists (its date and place in the list). */
  key: string;
  /** When it was made, as the person reads dates ("5 December 2026, 14:02"). */
  when: string;
  claim: string;
  /** Missing on reports saved before the verdict was recorded. */
  verdict?: Verdict;
  url: string;
  passage: string;
  note?: string;
}

export interface ReportsProps {
  rows: readonly ReportRow[];
  /** What the last action did ("Report deleted."), or why it failed; shown and said politely. */
  status: string;
  onExport(): void;
  onDelete(index: number): void;
  onDeleteAll(): void;
}

/**
 * The wrong-match reports saved on this device, newest first as given: each with its claim,
 * verdict, page, marked words and note, and a Delete button; above them Export (a file saved on
 * the device) and Delete all, which asks once more before it deletes.
 */
export function ReportsSection({ rows, status, onExport, onDelete, onDeleteAll }: ReportsProps) {
  const [confirming, setConfirming] = useState(false);
  const head = useRef<HTMLHeadingElement>(null);
  const allButton = useRef<HTMLButtonElement>(null);
  const deleteOne = (i: number) => {
    onDelete(i);
    head.current?.focus(); // the button is gone: keep the person's place
  };
  const deleteAll = () => {
    setConfirming(false);
    onDeleteAll();
    head.current?.focus();
  };
  return (
    <section aria-labelledby="reports-title" data-testid="reports">
      <h2 id="reports-title" ref={head} tabIndex={-1}>
        {i18n.t('options.reportsTitle')}
      </h2>
      <p className="hint">{i18n.t('options.reportsIntro')}</p>
      <p className="status" role="status" data-testid="reports-status">
        {status}
      </p>
      {rows.length === 0 ? (
        <p data-testid="reports-empty">{i18n.t('options.reportsEmpty')}</p>
      ) : (
        <>
          <div className="row-buttons">
            <button type="button" data-testid="export-reports" onClick={onExport}>
              {i18n.t('options.exportReports')}
            </button>
            <button
              ref={allButton}
              type="button"
              data-testid="delete-all"
              aria-expanded={confirming}
              aria-controls="confirm-delete-all"
              onClick={() => setConfirming(true)}
            >
              {i18n.t('options.deleteAll')}
            </button>
          </div>
          {confirming ? (
            <div className="confirm" id="confirm-delete-all" role="group" aria-labelledby="confirm-text" data-testid="confirm-delete-all">
              <p id="confirm-text">{i18n.t('options.confirmDeleteAll', rows.length)}</p>
              <button type="button" data-testid="confirm-yes" onClick={deleteAll} autoFocus>
                {i18n.t('options.confirmYes')}
              </button>
              <button
                type="button"
                data-testid="confirm-no"
                onClick={() => {
                  setConfirming(false);
                  allButton.current?.focus();
                }}
              >
                {i18n.t('options.confirmNo')}
              </button>
            </div>
          ) : null}
          <ol className="reports" data-testid="report-list">
            {rows.map((row, i) => (
              <li key={row.key} data-testid="report">
                <h3 className="report-claim">{row.claim}</h3>
                {row.verdict ? <p className={`report-verdict verdict-${row.verdict}`}>{verdictLabel(row.verdict)}</p> : null}
                <dl>
                  <dt>{i18n.t('options.reportDate')}</dt>
                  <dd>{row.when}</dd>
                  <dt>{i18n.t('options.reportPage')}</dt>
                  <dd className="url">{row.url}</dd>
                  <dt>{i18n.t('options.reportPassage')}</dt>
                  <dd>
                    <q>{row.passage}</q>
                  </dd>
                  {row.note ? (
                    <>
                      <dt>{i18n.t('options.reportNote')}</dt>
                      <dd data-testid="report-note">{row.note}</dd>
                    </>
                  ) : null}
                </dl>
                <button type="button" data-testid="delete-report" aria-label={i18n.t('options.deleteOneName', [row.claim])} onClick={() => deleteOne(i)}>
                  {i18n.t('options.deleteOne')}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
