import type { Claim } from '@/claims/schema';
import { EvidenceMeter } from '../EvidenceMeter';
import { SourceList } from '../SourceList';
import { VerdictLabel } from '../VerdictLabel';
import { reviewedText } from '../database/strings';
import { STRINGS } from './strings';

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
      <summary>{STRINGS.details}</summary>
      <div className="details-body">
        <VerdictLabel verdict={claim.verdict} />
        <EvidenceMeter level={claim.evidence} />
        <p data-testid="card-summary">{claim.summary}</p>
        <p className="nuance">{claim.nuance}</p>
        <p data-testid="card-advice">
          <strong>{STRINGS.advice}</strong>
          {claim.advice}
        </p>
        <h4 className="small-head">{STRINGS.sources}</h4>
        <SourceList sources={claim.sources} />
        <p className="reviewed">{reviewedText(claim.reviewed, claim.reviewedBy)}</p>
        <p className="more">
          <a href={`database.html#${encodeURIComponent(claim.id)}`} target="_blank" rel="noopener" data-testid="panel-more">
            {STRINGS.more} <span className="new-tab">{STRINGS.newTab}</span>
          </a>
        </p>
      </div>
    </details>
  );
}
