import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Claim } from '@/claims/schema';
import { ClaimBrowser } from './ClaimBrowser';
import type { FoundPassage } from './claim-groups';

export interface CheckTextProps {
  /** Runs the engine on the text, on this device. */
  check(text: string): Promise<FoundPassage[]>;
  claimOf(id: string): Claim | undefined;
}

/**
 * The "Check text" tab: text the page does not show as text (a video's transcript, the words in
 * an image, a message) is pasted here and checked by the same engine, giving the same grouped
 * list and cards. After a check, focus moves to the results heading so keyboard and screen-reader
 * users land on what was found. Results belong to the text they were found in: editing the text
 * clears them, and "Check" with nothing to check says so.
 */
export function CheckText({ check, claimOf }: CheckTextProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ passages: FoundPassage[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);
  const head = useRef<HTMLHeadingElement>(null);
  useEffect(() => head.current?.focus(), [found]);
  // Results belong to the text they were found in.
  const edit = (value: string) => {
    setText(value);
    setFound(null);
    setEmpty(false);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const nothing = !text.trim();
    setEmpty(nothing);
    if (nothing) return;
    setBusy(true);
    void check(text)
      .then((passages) => setFound({ passages }))
      .finally(() => setBusy(false));
  };
  const ids = new Set(found?.passages.map((p) => p.id).filter((i) => claimOf(i)));
  return (
    <>
      <form className="check-form" onSubmit={submit}>
        <label htmlFor={`${id}-text`}>{i18n.t('panel.textLabel')}</label>
        <p id={`${id}-hint`} className="hint">
          {i18n.t('panel.textHint')}
        </p>
        <textarea id={`${id}-text`} data-testid="panel-text" rows={7} value={text} aria-describedby={`${id}-hint`} onChange={(e) => edit(e.target.value)} />
        <button type="submit" className="primary" data-testid="panel-check" aria-disabled={busy}>
          {busy ? i18n.t('panel.checking') : i18n.t('panel.check')}
        </button>
        <p role="status" className="hint" data-testid="panel-text-empty">
          {empty ? i18n.t('panel.textEmpty') : ''}
        </p>
      </form>
      {found ? (
        <section className="text-results" aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`} ref={head} tabIndex={-1}>
            {i18n.t('panel.textResults')}
          </h2>
          <p role="status" className="page-state" data-testid="panel-text-count">
            {i18n.t('panel.textCount', ids.size)}
          </p>
          <ClaimBrowser passages={found.passages} claimOf={claimOf} />
        </section>
      ) : null}
    </>
  );
}
