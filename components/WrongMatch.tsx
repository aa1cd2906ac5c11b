import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ReportState } from './EvidenceCard';
import { NOTE_MAX } from './report-note';

/**
 * The card's "Wrong match?": opens a short form for an optional note, then saves the report
 * (through `onReport`) and says so. Escape in the form closes only the form. Focus stays on the
 * button afterwards (aria-disabled rather than disabled once saved, so it can hold focus and be
 * read), and a status line tells screen readers whether the report was saved.
 */
export function WrongMatch({ state, onReport }: { state: ReportState; onReport(note: string): void }) {
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const noteId = useId();
  const hintId = useId();
  useEffect(() => {
    if (writing || !returnFocus.current) return;
    returnFocus.current = false;
    button.current?.focus();
  }, [writing]);
  const close = () => {
    returnFocus.current = true;
    setWriting(false);
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    onReport(note);
    close();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation(); // the card would close too
    close();
  };
  const status = state === 'saved' ? i18n.t('wrongMatch.savedStatus') : state === 'failed' ? i18n.t('wrongMatch.failedStatus') : '';
  return (
    <>
      {writing ? (
        <form className="report" aria-label={i18n.t('wrongMatch.formName')} data-testid="card-report-form" onSubmit={save} onKeyDown={onKeyDown}>
          <label htmlFor={noteId}>{i18n.t('wrongMatch.noteLabel')}</label>
          <textarea
            id={noteId}
            data-testid="card-report-note"
            aria-describedby={hintId}
            rows={3}
            maxLength={NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            autoFocus
          />
          <p className="hint" id={hintId}>
            {i18n.t('wrongMatch.noteHint')}
          </p>
          <div className="report-buttons">
            <button type="submit" data-testid="card-report-save">
              {i18n.t('wrongMatch.save')}
            </button>
            <button type="button" data-testid="card-report-cancel" onClick={close}>
              {i18n.t('wrongMatch.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          ref={button}
          type="button"
          data-testid="card-wrong-match"
          aria-disabled={state === 'saved'}
          onClick={() => state !== 'saved' && setWriting(true)}
        >
          {state === 'saved' ? i18n.t('wrongMatch.saved') : state === 'failed' ? i18n.t('wrongMatch.failed') : i18n.t('wrongMatch.open')}
        </button>
      )}
      <span className="sr-only" role="status">
        {status}
      </span>
    </>
  );
}
