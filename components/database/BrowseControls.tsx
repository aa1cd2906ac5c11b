import { i18n } from '#i18n';
import { useId } from 'react';
import { VerdictSelect } from '../VerdictSelect';
import { EVIDENCE_LEVELS, type EvidenceLevel } from '@/claims/schema';
import { evidenceLabel } from '../words';
import { NO_QUERY, type BrowseQuery } from './claim-search';

export interface BrowseControlsProps {
  query: BrowseQuery;
  shown: number;
  total: number;
  onChange(query: BrowseQuery): void;
}

/** "12 of 49 entries" (the count of shown entries, read out when it changes). */
export function countText(shown: number, total: number): string {
  return i18n.t('database.count', total, [shown, total]);
}

const isEvidence = (v: string): v is EvidenceLevel => (EVIDENCE_LEVELS as readonly string[]).includes(v);

/**
 * The search box, the two filters and the count of shown entries. Plain labelled form controls,
 * so they work with a keyboard and a screen reader as any form does; the count is a status
 * region, read out after each change without moving focus.
 */
export function BrowseControls({ query, shown, total, onChange }: BrowseControlsProps) {
  const id = useId();
  return (
    <form className="controls" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="field search">
        <label htmlFor={`${id}-q`}>{i18n.t('database.searchLabel')}</label>
        <input
          id={`${id}-q`}
          type="search"
          data-testid="db-search"
          value={query.text}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          onChange={(e) => onChange({ ...query, text: e.target.value })}
        />
        <p id={`${id}-hint`} className="hint">
          {i18n.t('database.searchHint')}
        </p>
      </div>
      <VerdictSelect id={`${id}-v`} testId="db-verdict" value={query.verdict} onChange={(verdict) => onChange({ ...query, verdict })} />
      <div className="field">
        <label htmlFor={`${id}-e`}>{i18n.t('evidence.label')}</label>
        <select
          id={`${id}-e`}
          data-testid="db-evidence"
          value={query.evidence}
          onChange={(e) => onChange({ ...query, evidence: isEvidence(e.target.value) ? e.target.value : '' })}
        >
          <option value="">{i18n.t('database.anyEvidence')}</option>
          {EVIDENCE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {evidenceLabel(level)}
            </option>
          ))}
        </select>
      </div>
      <div className="count-row">
        <p role="status" className="count" data-testid="db-count">
          {countText(shown, total)}
        </p>
        <button type="button" data-testid="db-show-all" disabled={!query.text && !query.verdict && !query.evidence} onClick={() => onChange(NO_QUERY)}>
          {i18n.t('database.showAll')}
        </button>
      </div>
    </form>
  );
}
