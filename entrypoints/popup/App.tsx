import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { LineLegend } from '@/components/LineLegend';
import { MODES } from '@/components/options/choices';
import { modeWords, problemNote } from '@/components/options/setting-words';
import { effectiveMode, withSiteMode, type Mode, type Settings } from '../lib/settings';
import { readSettings, saveSettings, watchSettings, type SettingsProblem } from '../lib/settings-store';
import { watchPage, type WatchedPage } from '../lib/page-watch';
import { siteModeIn } from '../lib/site-mode';
import { tabIdFromQuery } from '../lib/tab-target';
import { popupTabId } from './popup-tab';
import { OpenPanelButton } from './OpenPanelButton';
import { PageSummary } from './PageSummary';
import { OptionsLink } from './OptionsLink';
import { ReportsExport } from './ReportsExport';
import { ClassroomLinks } from './ClassroomLinks';

/** Two choices: this site (or "same as everywhere") and everywhere. Saved at once, kept across restarts. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<SettingsProblem | 'unsaved' | null>(null);
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [watched, setWatched] = useState<WatchedPage | undefined>(undefined);
  useEffect(() => {
    void readSettings().then((read) => {
      setSettings(read.settings);
      setProblem(read.problem);
    });
    void popupTabId().then((id) => setTabId(id ?? null));
    return watchSettings(setSettings);
  }, []);
  useEffect(() => (tabId ? watchPage(tabId, setWatched) : undefined), [tabId]);
  // Drawn once the tab's first answer is in, so the page's line and the panel button do not push
  // the controls below them down under the reader's pointer a moment after the popup opens.
  if (!settings || tabId === undefined || (tabId !== null && watched === undefined)) return null;
  // undefined while a silent tab is asked again, null where GutCheck does not run.
  const page = tabId === null ? null : watched && (watched.info ?? (watched.settled ? null : undefined));
  const host = page ? new URL(page.url).hostname : null;
  const update = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setProblem((p) => (p === 'unsaved' ? null : p)),
      () => setProblem('unsaved'),
    );
  };
  const modeLabels = modeWords();
  return (
    <main>
      <h1>{i18n.t('brand')}</h1>
      {problem ? (
        <p className="note" role="status" data-testid="settings-note">
          {problemNote(problem)}
        </p>
      ) : null}
      <label htmlFor="mode-site">{host ? i18n.t('popup.thisSiteHost', [host]) : i18n.t('popup.thisSite')}</label>
      <select
        id="mode-site"
        data-testid="mode-site"
        disabled={!host}
        value={host ? (siteModeIn(settings.sites, host) ?? '') : ''}
        onChange={(e) => host && update(withSiteMode(settings, host, (e.target.value || null) as Mode | null))}
      >
        <option value="">{i18n.t('popup.sameAsEverywhere')}</option>
        {MODES.map((m) => (
          <option key={m} value={m}>
            {modeLabels[m]}
          </option>
        ))}
      </select>
      {page === null ? <p className="hint">{i18n.t('popup.noPage')}</p> : null}
      {page && host && effectiveMode(settings, host) !== 'off' ? (
        // A page that never named the topic never loaded the checker: say why nothing is counted.
        page.watch === 'watching' && !watched?.results ? (
          <p className="found" data-testid="popup-counts">
            {i18n.t('popup.noTopic')}
          </p>
        ) : (
          <PageSummary results={watched?.results ?? null} />
        )
      ) : null}
      {tabId ? <OpenPanelButton tabId={tabId} closeAfter={tabIdFromQuery(location.search) === undefined} /> : null}
      <label htmlFor="mode-global">{i18n.t('mode.everywhere')}</label>
      <select
        id="mode-global"
        data-testid="mode-global"
        value={settings.mode}
        onChange={(e) => update({ ...settings, mode: e.target.value as Mode })}
      >
        {MODES.map((m) => (
          <option key={m} value={m}>
            {modeLabels[m]}
          </option>
        ))}
      </select>
      <LineLegend />
      <ReportsExport />
      <ClassroomLinks pageReadable={Boolean(page)} />
      <OptionsLink />
      <p className="privacy">{i18n.t('common.privacy')}</p>
    </main>
  );
}
