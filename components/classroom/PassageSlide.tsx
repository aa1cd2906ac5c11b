import { i18n } from '#i18n';
import type { Finding } from './findings';
import { stanceLine } from './guess-words';

/**
 * The passage, large, as a room reads it from the back: "Claim 3 of 22", where it was found,
 * whether the page makes or disputes the claim, and its sentence with the matched words marked.
 * The counter is a polite live region, so stepping is announced.
 */
export function PassageSlide({ finding, n, total }: { finding: Finding; n: number; total: number }) {
  return (
    <section className="slide" aria-labelledby="slide-count">
      <p id="slide-count" className="counter" aria-live="polite" data-testid="presenter-count">
        {i18n.t('common.claimOf', [n, total])}
      </p>
      {finding.where ? <p className="where">{finding.where}</p> : null}
      <p className="stance">{stanceLine(finding.stance)}</p>
      <blockquote className="passage" data-testid="presenter-passage">
        {finding.before}
        <mark>{finding.text}</mark>
        {finding.after}
      </blockquote>
    </section>
  );
}
