import { i18n } from '#i18n';
import type { Claim } from '@/claims/schema';
import { EvidenceMeter } from '../EvidenceMeter';
import { SourceList } from '../SourceList';
import { reviewedText } from '../review-date';
import { VerdictLabel } from '../VerdictLabel';

/**
 * What the evidence card says about a claim, behind a disclosure: verdict and evidence, what the
 * research says, what you can do, sources, review, and the database entry. A native <details>,
 * so it opens with Enter or Space and is announced as expandable without any script of ours.
 * The database page sits beside the panel's page in the extension, so a relative link opens it
 * (no background round trip as the in-page card needs).
 */
export function ClaimDetails({ claim }: { claim: Claim }) {
  return (
    <details className="details" data-testid="panel-details">
      <summary>{i18n.t('panel.details')}</summary>
      <div className="details-body">
        <VerdictLabel verdict={claim.verdict} />
        <EvidenceMeter level={claim.evidence} />
        <p data-testid="card-summary">{claim.summary}</p>
        <p className="nuance">{claim.nuance}</p>
        <p data-testid="card-advice">
          <strong>{i18n.t('common.advice')}: </strong>
          {claim.advice}
        </p>
        <h4 className="small-head">{i18n.t('common.sources')}</h4>
        <SourceList sources={claim.sources} />
        <p className="reviewed">{reviewedText(claim.reviewed, claim.reviewedBy)}</p>
        <p className="more">
          <a href={`database.html#${encodeURIComponent(claim.id)}`} target="_blank" rel="noopener" data-testid="panel-more">
            {i18n.t('common.moreAbout')} <span className="new-tab">{i18n.t('common.newTab')}</span>
          </a>
        </p>
      </div>
    </details>
  );
}
