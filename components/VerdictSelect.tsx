import { i18n } from '#i18n';
import { VERDICTS, type Verdict } from '@/claims/schema';
import { verdictLabel } from './words';

const isVerdict = (v: string): v is Verdict => (VERDICTS as readonly string[]).includes(v);

export interface VerdictSelectProps {
  id: string;
  testId: string;
  /** The chosen verdict, or '' for any. */
  value: Verdict | '';
  onChange(value: Verdict | ''): void;
}

/** A labelled "Verdict" filter (any, or one of the five), shared by the side panel and the database page. */
export function VerdictSelect({ id, testId, value, onChange }: VerdictSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{i18n.t('common.verdict')}</label>
      <select id={id} data-testid={testId} value={value} onChange={(e) => onChange(isVerdict(e.target.value) ? e.target.value : '')}>
        <option value="">{i18n.t('common.anyVerdict')}</option>
        {VERDICTS.map((v) => (
          <option key={v} value={v}>
            {verdictLabel(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
