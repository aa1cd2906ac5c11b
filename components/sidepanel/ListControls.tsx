import { useId } from 'react';
import { VERDICTS, type Verdict } from '@/claims/schema';
import { verdictWords } from '@/claims/words';
import type { ListQuery } from './claim-groups';
import { shownText, STRINGS } from './strings';

export interface ListControlsProps {
  query: ListQuery;
  shown: number;
  total: number;
  onChange(query: ListQuery): void;
}

const isVerdict = (v: string): v is Verdict => (VERDICTS as readonly string[]).includes(v);

/**
 * The list's search box and verdict filter: plain labelled form controls, and a status line
 * ("Showing 2 of 5") read out after each change without moving focus.
 */
export function ListControls({ query, shown, total, onChange }: ListControlsProps) {
  const id = useId();
  return (
    <form className="controls" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-q`}>{STRINGS.searchLabel}</label>
        <input
          id={`${id}-q`}
          type="search"
          data-testid="panel-search"
          value={query.text}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange({ ...query, text: e.target.value })}
        />
        <p id={`${id}-hint`} className="hint">
          {STRINGS.searchHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-v`}>{STRINGS.verdictLabel}</label>
        <select
          id={`${id}-v`}
          data-testid="panel-verdict"
          value={query.verdict}
          onChange={(e) => onChange({ ...query, verdict: isVerdict(e.target.value) ? e.target.value : '' })}
        >
          <option value="">{STRINGS.anyVerdict}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {verdictWords(v)}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="shown" data-testid="panel-shown">
        {shownText(shown, total)}
      </p>
    </form>
  );
}
