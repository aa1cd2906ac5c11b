import type { Verdict } from '@/claims/schema';
import { verdictLabel, verdictMeaning } from './words';

/**
 * Line shapes matching the page highlights, so the card (and the options page's verdict list)
 * teaches what the underline means; drawn by the .swatch-* rules of evidence-parts.css.
 */
export const VERDICT_SHAPES: Readonly<Record<Verdict, string>> = {
  supported: 'solid',
  mixed: 'dashed',
  overstated: 'dotted',
  unsupported: 'wavy',
  contradicted: 'double',
};

/**
 * The verdict in words (never colour alone), with a sample of the underline it gets on the page
 * and one sentence on what the verdict means.
 */
export function VerdictLabel({ verdict }: { verdict: Verdict }) {
  return (
    <div className={`verdict verdict-${verdict}`}>
      <p className="verdict-line">
        <span className={`swatch swatch-${VERDICT_SHAPES[verdict]}`} aria-hidden="true" />
        <strong data-testid="card-verdict">{verdictLabel(verdict)}</strong>
      </p>
      <p className="meaning">{verdictMeaning(verdict)}</p>
    </div>
  );
}
