import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { parseReports, REPORTS_KEY, type WrongMatchReport } from '../lib/reports';

/**
 * The reader's saved "wrong match" reports: how many, and a button that saves them as a JSON
 * file on this device (a blob download; nothing is uploaded).
 */
export function ReportsExport() {
  const [reports, setReports] = useState<WrongMatchReport[]>([]);
  useEffect(() => {
    void browser.storage.local.get(REPORTS_KEY).then((s) => setReports(parseReports(s[REPORTS_KEY])));
  }, []);
  if (!reports.length) return null;
  const download = () => {
    const blob = new Blob([`${JSON.stringify(reports, null, 2)}\n`], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'gutcheck-wrong-matches.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  return (
    <p className="hint">
      {i18n.t('popup.wrongMatches', reports.length)}{' '}
      <button type="button" data-testid="export-reports" onClick={download}>
        {i18n.t('popup.export')}
      </button>
    </p>
  );
}
