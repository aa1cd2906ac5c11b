import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ReportState } from './EvidenceCard';
import { NOTE_MAX, REPORT_STRINGS as S } from './report-note';

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
  const status = state === 'saved' ? S.savedStatus : state === 'failed' ? S.failedStatus : '';
  return (
    <>
      {writing ? (
        <form className="report" aria-label={S.formName} data-testid="card-report-form" onSubmit={save} onKeyDown={onKeyDown}>
          <label htmlFor={noteId}>{S.noteLabel}</label>
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
            {S.noteHint}
          </p>
          <div className="report-buttons">
            <button type="submit" data-testid="card-report-save">
              {S.save}
            </button>
            <button type="button" data-testid="card-report-cancel" onClick={close}>
              {S.cancel}
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
          {state === 'saved' ? S.saved : state === 'failed' ? S.failed : S.open}
        </button>
      )}
      <span className="sr-only" role="status">
        {status}
      </span>
    </>
  );
}
