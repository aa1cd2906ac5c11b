import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import type { Claim } from '@/claims/schema';
import { LookSection } from '@/components/options/LookSection';
import { ReportsSection } from '@/components/options/ReportsSection';
import { SitesSection } from '@/components/options/SitesSection';
import { problemNote } from '@/components/options/setting-words';
import { VerdictsSection } from '@/components/options/VerdictsSection';
import { clearReports, deleteReport, EXPORT_FILE, loadReports, reportsJson, watchReports, type WrongMatchReport } from '../lib/reports';
import { siteFromInput, withSiteMode, withVerdictMarked, type Settings } from '../lib/settings';
import { readSettings, saveSettings, watchSettings, type SettingsProblem } from '../lib/settings-store';
import { reportRows } from './report-rows';
import { saveFile } from '@/components/report/save-file';

/**
 * The options page's state: settings and reports read from storage.local, kept current while
 * the popup or a card changes them, and every change saved at once (validated by the schema).
 */
export function App({ claimOf }: { claimOf(id: string): Claim | undefined }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<SettingsProblem | 'unsaved' | null>(null);
  const [reports, setReports] = useState<WrongMatchReport[]>([]);
  /** The reports section's status line (see ReportsSection). */
  const [status, setStatus] = useState('');
  useEffect(() => {
    void readSettings().then((read) => {
      setSettings(read.settings);
      setProblem(read.problem);
    });
    loadReports().then(setReports, () => setStatus(i18n.t('options.actionFailed')));
    const stops = [watchSettings(setSettings), watchReports(setReports)];
    return () => stops.forEach((stop) => stop());
  }, []);
  if (!settings) return null;
  const update = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setProblem((p) => (p === 'unsaved' ? null : p)),
      () => setProblem('unsaved'),
    );
  };
  const act = (job: Promise<void>, done: string) => job.then(() => setStatus(done), () => setStatus(i18n.t('options.actionFailed')));
  return (
    <>
      <header className="page-head">
        <h1>{i18n.t('options.title')}</h1>
        <p className="hint">{i18n.t('options.intro')}</p>
      </header>
      <main>
        {problem ? (
          <p className="note" role="status" data-testid="settings-note">
            {problemNote(problem)}
          </p>
        ) : null}
        <SitesSection
          mode={settings.mode}
          sites={settings.sites}
          onMode={(mode) => update({ ...settings, mode })}
          onSite={(host, mode) => update(withSiteMode(settings, host, mode))}
          siteOf={siteFromInput}
        />
        <VerdictsSection unmarked={settings.unmarked} onVerdict={(v, marked) => update(withVerdictMarked(settings, v, marked))} />
        <LookSection
          highlight={settings.highlight}
          cardText={settings.cardText}
          motion={settings.motion}
          onHighlight={(highlight) => update({ ...settings, highlight })}
          onCardText={(cardText) => update({ ...settings, cardText })}
          onMotion={(motion) => update({ ...settings, motion })}
        />
        <ReportsSection
          rows={reportRows(reports, claimOf)}
          status={status}
          onExport={() => {
            saveFile(EXPORT_FILE, reportsJson(reports), 'application/json');
            setStatus(i18n.t('options.exported', reports.length, [reports.length, EXPORT_FILE]));
          }}
          onDelete={(i) => void act(deleteReport(reports[reports.length - 1 - i]!), i18n.t('options.reportDeleted'))}
          onDeleteAll={() => void act(clearReports(), i18n.t('options.allDeleted'))}
        />
      </main>
      <footer className="page-foot">{i18n.t('common.privacy')}</footer>
    </>
  );
}
