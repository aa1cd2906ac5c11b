import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { saveFile } from '@/components/report/save-file';
import { EXPORT_FILE, parseReports, reportsJson, REPORTS_KEY, type WrongMatchReport } from '../lib/reports';

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
  const download = () => saveFile(EXPORT_FILE, reportsJson(reports), 'application/json');
  return (
    <p className="hint">
      {i18n.t('popup.wrongMatches', reports.length)}{' '}
      <button type="button" data-testid="export-reports" onClick={download}>
        {i18n.t('popup.export')}
      </button>
    </p>
  );
}
