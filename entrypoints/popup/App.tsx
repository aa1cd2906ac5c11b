import { useEffect, useState } from 'react';
import { effectiveMode, withSiteMode, type Mode, type Settings } from '../lib/settings';
import { readSettings, saveSettings, watchSettings, type SettingsProblem } from '../lib/settings-store';
import { watchPage, type WatchedPage } from '../lib/page-watch';
import { tabIdFromQuery } from '../lib/tab-target';
import { popupTabId } from './popup-tab';
import { OpenPanelButton } from './OpenPanelButton';
import { PageSummary } from './PageSummary';
import { OptionsLink } from './OptionsLink';
import { ReportsExport } from './ReportsExport';
import { ClassroomLinks } from './ClassroomLinks';
import { LineLegend } from '@/components/LineLegend';

const MODE_LABELS: Readonly<Record<Mode, string>> = {
  marks: 'Mark claims on the page',
  badge: 'Count claims on the toolbar only',
  off: 'Paused',
};
const MODES = Object.keys(MODE_LABELS) as Mode[];

/** Short, calm notes when storage misbehaves: the person keeps working with what GutCheck could keep. */
const PROBLEM_NOTES: Readonly<Record<SettingsProblem | 'unsaved', string>> = {
  unreadable: 'GutCheck could not read its saved settings, so it is using the defaults for now.',
  repaired: 'Some saved GutCheck settings were damaged. The parts that could be read are kept; the rest are back to their defaults.',
  unsaved: 'This change could not be saved (the browser refused to store it). It will be lost when the browser closes.',
};

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
  return (
    <main>
      <h1>GutCheck</h1>
      {problem ? (
        <p className="note" role="status" data-testid="settings-note">
          {PROBLEM_NOTES[problem]}
        </p>
      ) : null}
      <label htmlFor="mode-site">This site{host ? ` (${host})` : ''}</label>
      <select
        id="mode-site"
        data-testid="mode-site"
        disabled={!host}
        value={host ? (settings.sites[host] ?? '') : ''}
        onChange={(e) => host && update(withSiteMode(settings, host, (e.target.value || null) as Mode | null))}
      >
        <option value="">Same as everywhere</option>
        {MODES.map((m) => (
          <option key={m} value={m}>
            {MODE_LABELS[m]}
          </option>
        ))}
      </select>
      {page === null ? <p className="hint">GutCheck does not run on this page.</p> : null}
      {page && host && effectiveMode(settings, host) !== 'off' ? <PageSummary results={watched?.results ?? null} /> : null}
      {tabId ? <OpenPanelButton tabId={tabId} closeAfter={tabIdFromQuery(location.search) === undefined} /> : null}
      <label htmlFor="mode-global">Everywhere</label>
      <select
        id="mode-global"
        data-testid="mode-global"
        value={settings.mode}
        onChange={(e) => update({ ...settings, mode: e.target.value as Mode })}
      >
        {MODES.map((m) => (
          <option key={m} value={m}>
            {MODE_LABELS[m]}
          </option>
        ))}
      </select>
      <LineLegend />
      <ReportsExport />
      <ClassroomLinks />
      <OptionsLink />
      <p className="privacy">GutCheck reads pages on this device and sends nothing anywhere.</p>
    </main>
  );
}
