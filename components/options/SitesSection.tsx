import { i18n } from '#i18n';
import { useId, useRef, useState, type FormEvent } from 'react';
import { MODES, type Mode } from './choices';
import { modeWords } from './setting-words';

export interface SitesProps {
  /** The mode everywhere. */
  mode: Mode;
  /** Host name -> its own mode ("Paused" is mode off). */
  sites: Readonly<Record<string, Mode>>;
  onMode(mode: Mode): void;
  /** Sets a site's own mode, or removes its entry (null) so it follows "Everywhere". */
  onSite(host: string, mode: Mode | null): void;
  /** The host name in what the person typed, or null when it is none. */
  siteOf(text: string): string | null;
}

const ModeOptions = () => {
  const words = modeWords();
  return MODES.map((m) => (
    <option key={m} value={m}>
      {words[m]}
    </option>
  ));
};

/**
 * Where GutCheck runs: the mode everywhere, every site with its own mode (change or remove it),
 * and a form to add one, paused unless the person picks otherwise.
 */
export function SitesSection(props: SitesProps) {
  const hosts = Object.keys(props.sites).sort();
  const [text, setText] = useState('');
  const [addMode, setAddMode] = useState<Mode>('off');
  const [error, setError] = useState(false);
  /** What just happened, said politely (the list changed somewhere else on the page). */
  const [status, setStatus] = useState('');
  const listHead = useRef<HTMLHeadingElement>(null);
  const ids = { input: useId(), hint: useId(), error: useId(), mode: useId() };
  const add = (e: FormEvent) => {
    e.preventDefault();
    const host = props.siteOf(text);
    setError(!host);
    if (!host) return;
    props.onSite(host, addMode);
    setStatus(i18n.t('options.siteAdded', [host]));
    setText('');
  };
  const remove = (host: string) => {
    props.onSite(host, null);
    setStatus(i18n.t('options.siteRemoved', [host]));
    listHead.current?.focus(); // the button is gone: keep the person's place in the list
  };
  return (
    <section aria-labelledby="where-title">
      <h2 id="where-title">{i18n.t('options.whereTitle')}</h2>
      <label htmlFor="mode-everywhere">{i18n.t('mode.everywhere')}</label>
      <select id="mode-everywhere" data-testid="mode-everywhere" value={props.mode} onChange={(e) => props.onMode(e.target.value as Mode)}>
        <ModeOptions />
      </select>
      <h3 ref={listHead} tabIndex={-1}>
        {i18n.t('options.sitesTitle')}
      </h3>
      {hosts.length ? (
        <ul className="sites" data-testid="sites">
          {hosts.map((host) => (
            <li key={host} data-testid="site" data-host={host}>
              <span className="host">{host}</span>
              <select aria-label={i18n.t('options.siteMode', [host])} value={props.sites[host]} onChange={(e) => props.onSite(host, e.target.value as Mode)}>
                <ModeOptions />
              </select>
              <button type="button" aria-label={i18n.t('options.removeSiteName', [host])} onClick={() => remove(host)}>
                {i18n.t('options.removeSite')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint" data-testid="sites-empty">
          {i18n.t('options.sitesEmpty')}
        </p>
      )}
      <form className="add-site" onSubmit={add} aria-labelledby="add-title" noValidate>
        <h3 id="add-title">{i18n.t('options.addTitle')}</h3>
        <div className="field">
          <label htmlFor={ids.input}>{i18n.t('options.addSite')}</label>
          <input
            id={ids.input}
            data-testid="add-site"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={text}
            aria-invalid={error}
            aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.mode}>{i18n.t('options.addMode')}</label>
          <select id={ids.mode} data-testid="add-site-mode" value={addMode} onChange={(e) => setAddMode(e.target.value as Mode)}>
            <ModeOptions />
          </select>
        </div>
        <button type="submit" data-testid="add-site-button">
          {i18n.t('options.add')}
        </button>
        <p className="hint" id={ids.hint}>
          {i18n.t('options.addSiteHint')}
        </p>
        {error ? (
          <p className="error" id={ids.error} role="alert" data-testid="add-site-error">
            {i18n.t('options.badSite')}
          </p>
        ) : null}
      </form>
      <p className="status" role="status" data-testid="sites-status">
        {status}
      </p>
    </section>
  );
}
