import { i18n } from '#i18n';
import { useId } from 'react';
import { VerdictSelect } from '../VerdictSelect';
import type { ListQuery } from './claim-groups';

export interface ListControlsProps {
  query: ListQuery;
  shown: number;
  total: number;
  onChange(query: ListQuery): void;
}


/**
 * The list's search box and verdict filter: plain labelled form controls, and a status line
 * ("Showing 2 of 5") read out after each change without moving focus.
 */
export function ListControls({ query, shown, total, onChange }: ListControlsProps) {
  const id = useId();
  return (
    <form className="controls" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-q`}>{i18n.t('panel.searchLabel')}</label>
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
          {i18n.t('panel.searchHint')}
        </p>
      </div>
      <VerdictSelect id={`${id}-v`} testId="panel-verdict" value={query.verdict} onChange={(verdict) => onChange({ ...query, verdict })} />
      <p role="status" className="shown" data-testid="panel-shown">
        {shown === total ? '' : i18n.t('panel.shown', [shown, total])}
      </p>
    </form>
  );
}
