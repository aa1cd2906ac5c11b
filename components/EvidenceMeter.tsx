import { i18n } from '#i18n';
import { EVIDENCE_LEVELS, type EvidenceLevel } from '@/claims/schema';
import { evidenceLabel, evidenceMeaning } from './words';

/** Meter positions, weakest first: very low = 1 ... high = 4. */
const ORDER: readonly EvidenceLevel[] = [...EVIDENCE_LEVELS].reverse();

/** 1..4 for a GRADE level (very low = 1). */
export function evidenceValue(level: EvidenceLevel): number {
  return ORDER.indexOf(level) + 1;
}

/**
 * The GRADE evidence level as a meter: four steps drawn as bars, the level in words beside them,
 * and one sentence on what that means. Screen readers get "Evidence: Low" from aria-valuetext.
 */
export function EvidenceMeter({ level }: { level: EvidenceLevel }) {
  const value = evidenceValue(level);
  const words = i18n.t('evidence.meter', [evidenceLabel(level)]);
  return (
    <div className="evidence">
      <div
        data-testid="card-evidence"
        className="meter"
        role="meter"
        aria-label={i18n.t('evidence.label')}
        aria-valuemin={1}
        aria-valuemax={ORDER.length}
        aria-valuenow={value}
        aria-valuetext={words}
      >
        <span className="bars" aria-hidden="true">
          {ORDER.map((step, i) => (
            <span key={step} className={i < value ? 'bar on' : 'bar'} />
          ))}
        </span>
        <span className="meter-words">{words}</span>
      </div>
      <p className="meaning">{evidenceMeaning(level)}</p>
    </div>
  );
}
