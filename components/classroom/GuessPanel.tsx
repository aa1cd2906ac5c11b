import { i18n } from '#i18n';
import { EVIDENCE_LEVELS, VERDICTS, type EvidenceLevel, type Verdict } from '@/claims/schema';
import { evidenceLabel, verdictLabel } from '../words';
import type { Guess } from './guess-score';

/** A guess being made: either part may still be missing. */
export type Draft = Partial<Guess>;

interface Props {
  draft: Draft;
  onDraft(draft: Draft): void;
  onCheck(guess: Guess): void;
  onReveal(): void;
}

/** Strongest evidence last reads as a scale from little to much. */
const EVIDENCE_ORDER: readonly EvidenceLevel[] = [...EVIDENCE_LEVELS].reverse();

/**
 * Guess first: five verdicts and four strengths of evidence as toggle buttons (aria-pressed), and
 * "Check my guess" once both are picked. Buttons rather than radios, so the arrow keys stay free
 * for stepping between claims, as a presenter's clicker expects.
 */
export function GuessPanel({ draft, onDraft, onCheck, onReveal }: Props) {
  const choice = <T extends string>(value: T, picked: T | undefined, label: string, pick: (v: T) => void) => (
    <button key={value} type="button" className="choice" aria-pressed={picked === value} onClick={() => pick(value)} data-testid={`guess-${value}`}>
      {label}
    </button>
  );
  const { verdict, evidence } = draft;
  return (
    <section className="guess" aria-labelledby="guess-title" data-testid="guess-panel">
      <h2 id="guess-title">{i18n.t('classroom.guessTitle')}</h2>
      <div role="group" aria-labelledby="guess-verdict" className="choices">
        <p id="guess-verdict" className="question">
          {i18n.t('classroom.guessVerdict')}
        </p>
        {VERDICTS.map((v: Verdict) => choice(v, verdict, verdictLabel(v), (value) => onDraft({ ...draft, verdict: value })))}
      </div>
      <div role="group" aria-labelledby="guess-evidence" className="choices">
        <p id="guess-evidence" className="question">
          {i18n.t('classroom.guessEvidence')}
        </p>
        {EVIDENCE_ORDER.map((e) => choice(e, evidence, evidenceLabel(e), (value) => onDraft({ ...draft, evidence: value })))}
      </div>
      <p className="hint">{i18n.t('classroom.guessPick')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={!verdict || !evidence} onClick={() => verdict && evidence && onCheck({ verdict, evidence })} data-testid="guess-check">
          {i18n.t('classroom.check')}
        </button>
        <button type="button" className="quiet" onClick={onReveal} data-testid="guess-reveal">
          {i18n.t('classroom.reveal')}
        </button>
      </div>
    </section>
  );
}
