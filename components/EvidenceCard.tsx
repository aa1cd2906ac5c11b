import { i18n } from '#i18n';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Stance } from '@/claims/engine';
import type { Claim } from '@/claims/schema';
import { cycleFocus } from './card-focus';
import { EvidenceMeter } from './EvidenceMeter';
import { reviewedText } from './review-date';
import { SourceList } from './SourceList';
import { VerdictLabel } from './VerdictLabel';
import { WhyFlagged } from './WhyFlagged';
import { stanceLabel, verdictLabel } from './words';
import { WrongMatch } from './WrongMatch';

/** What happened to the reader's "wrong match" press. */
export type ReportState = 'idle' | 'saved' | 'failed';

export interface EvidenceCardProps {
  claim: Claim;
  stance: Stance;
  /** The page's own words that were flagged (shown as text, never as HTML). */
  passage: string;
  matched: readonly string[];
  /** The context that decided the stance, in plain words ("the next sentence disputes it"). */
  why: readonly string[];
  /** The engine's calibrated probability that the page makes the claim in this passage. */
  confidence?: number;
  reportState: ReportState;
  /** Move focus into the card on open (keyboard navigation), so screen readers announce it. */
  takeFocus: boolean;
  /** Where this claim is among the page's marks, when the reader steps with the keyboard. */
  step?: { position: number; total: number };
  /** Other claims marked on the same words, as "verdict: claim"; choosing one shows its card. */
  others?: readonly string[];
  onOther?(index: number): void;
  onDismiss(): void;
  /** Saves a wrong-match report with the person's note (blank for none). */
  onWrongMatch(note: string): void;
  onClose(): void;
  /** Opens this claim's entry in the database page, in a new tab. */
  onMore(): void;
}

/**
 * The evidence card for one marked passage, short enough to read at a glance: the verdict in
 * words and the evidence meter, the claim, what the research says in one line, what you can do
 * and why it was flagged; the nuance, the sources and the review date one click further, in a
 * native <details> (keyboard-usable and announced as expandable without script of ours). The
 * link to the database entry and the reader's actions stay in sight. Escape closes it.
 */
export function EvidenceCard(props: EvidenceCardProps) {
  const { claim, stance, reportState } = props;
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (props.takeFocus) ref.current?.focus({ preventScroll: true });
  }, [props.takeFocus, claim.id, props.passage]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      props.onClose();
    } else if (e.key === 'Tab' && ref.current && cycleFocus(ref.current, e.shiftKey)) {
      e.preventDefault();
    }
  };
  return (
    <div
      ref={ref}
      className="card"
      data-testid="gutcheck-card"
      role="dialog"
      aria-label={i18n.t('card.label', [verdictLabel(claim.verdict)])}
      aria-describedby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      // The card is in the extension's language and direction whatever the page's (an English card
      // on a right-to-left page must not be mirrored).
      dir={i18n.t('dir')}
      lang={i18n.t('lang')}
    >
      <header className="card-head">
        <span className="brand">{i18n.t('brand')}</span>
        <button type="button" className="close" data-testid="card-close" aria-label={i18n.t('card.close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      {props.step ? (
        <p className="step" data-testid="card-step">
          {stepText(props.step)} · {i18n.t('card.keys')}
        </p>
      ) : null}
      {stance === 'asserts' ? null : (
        // A grey mark's card leads with the claim's verdict too: say first that the page does not
        // make the claim, so "Overstated" over a reader's own words is not read as about them.
        <p className="context-note" data-testid="card-context-note">
          {i18n.t('card.contextNote')}
        </p>
      )}
      <VerdictLabel verdict={claim.verdict} />
      <EvidenceMeter level={claim.evidence} />
      {props.others?.length ? (
        <div className="also" data-testid="card-also">
          <span className="small-head">{i18n.t('card.also')}</span>
          <ul>
            {props.others.map((label, i) => (
              <li key={label}>
                <button type="button" className="link" data-testid="card-other" onClick={() => props.onOther?.(i)}>
                  {label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="claim" data-testid="card-claim" id={titleId}>
        <span className="stance">{stanceLabel(stance)}:</span> {claim.claim}
      </p>
      <section className="body">
        <p data-testid="card-summary">{claim.summary}</p>
        <p className="advice" data-testid="card-advice">
          <strong>{i18n.t('common.advice')}: </strong>
          {claim.advice}
        </p>
      </section>
      <WhyFlagged stance={stance} passage={props.passage} matched={props.matched} why={props.why} confidence={props.confidence} />
      <details className="further" data-testid="card-details">
        <summary>{i18n.t('card.details')}</summary>
        <p className="nuance" data-testid="card-nuance">
          {claim.nuance}
        </p>
        <h3 className="small-head">{i18n.t('common.sources')}</h3>
        <SourceList sources={claim.sources} />
        <p className="reviewed" data-testid="card-reviewed">
          {reviewedText(claim.reviewed, claim.reviewedBy)}
        </p>
      </details>
      {/* A button, not <a href>: the database page is opened by the background (see
          entrypoints/lib/open-database.ts), since a web page may not link to an extension page
          that is not web-accessible, and making it web-accessible would let pages detect GutCheck. */}
      <p className="more">
        <button type="button" className="link" data-testid="card-more" onClick={props.onMore}>
          {i18n.t('common.moreAbout')} <span className="new-tab">{i18n.t('common.newTab')}</span>
        </button>
      </p>
      <p className="note">{i18n.t('common.notAdvice')}</p>
      <footer className="actions">
        <button type="button" data-testid="card-dismiss" onClick={props.onDismiss}>
          {i18n.t('card.hide')}
        </button>
        <WrongMatch state={reportState} onReport={props.onWrongMatch} />
      </footer>
    </div>
  );
}

/** "Claim 3 of 22", while the reader steps with the keyboard. */
function stepText(step: { position: number; total: number }): string {
  return i18n.t('common.claimOf', [step.position, step.total]);
}
