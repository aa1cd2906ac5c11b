import { i18n } from '#i18n';
import { VERDICTS, type Verdict } from '@/claims/schema';
import { VERDICT_SHAPES } from '../VerdictLabel';
import { verdictLabel, verdictMeaning } from '../words';

/**
 * Which verdicts GutCheck marks on pages: one checkbox per verdict, with a sample of its line (the
 * shape the page uses) and what the verdict means, so "don't mark well-supported claims" is one
 * untick.
 */
export function VerdictsSection({ unmarked, onVerdict }: { unmarked: readonly Verdict[]; onVerdict(verdict: Verdict, marked: boolean): void }) {
  return (
    <section aria-labelledby="mark-title">
      <h2 id="mark-title">{i18n.t('options.markTitle')}</h2>
      <fieldset className="choices" data-testid="verdicts" aria-describedby="verdicts-hint">
        <legend>{i18n.t('options.verdictsLegend')}</legend>
        <p className="hint" id="verdicts-hint">
          {i18n.t('options.verdictsHint')}
        </p>
        {VERDICTS.map((verdict) => (
          <label key={verdict} className={`choice verdict verdict-${verdict}`}>
            <input
              type="checkbox"
              value={verdict}
              data-testid={`verdict-${verdict}`}
              checked={!unmarked.includes(verdict)}
              onChange={(e) => onVerdict(verdict, e.target.checked)}
            />
            <span className={`swatch swatch-${VERDICT_SHAPES[verdict]}`} aria-hidden="true" />
            <span className="choice-text">
              <strong>{verdictLabel(verdict)}</strong>
              <span className="meaning">{verdictMeaning(verdict)}</span>
            </span>
          </label>
        ))}
        {unmarked.length === VERDICTS.length ? (
          <p className="note" role="status">
            {i18n.t('options.noneMarked')}
          </p>
        ) : null}
      </fieldset>
    </section>
  );
}
