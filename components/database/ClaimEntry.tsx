import { i18n } from '#i18n';
import type { Claim } from '@/claims/schema';
import { EvidenceMeter } from '../EvidenceMeter';
import { SourceList } from '../SourceList';
import { reviewedText } from '../review-date';
import { VerdictLabel } from '../VerdictLabel';
import { ChangeHistory } from './ChangeHistory';

/**
 * One database entry, everything the card says and more: verdict and evidence, the claim, what
 * the research says, advice, sources, review, change history and a permalink. The article itself
 * carries the claim id, so `database.html#<id>` lands on it, and takes focus (tabIndex -1) when a
 * permalink opens it, so keyboard and screen-reader users start reading there.
 */
export function ClaimEntry({ claim }: { claim: Claim }) {
  // "--" cannot occur in a claim id (kebab-case), so this never collides with another entry's id.
  const titleId = `${claim.id}--title`;
  return (
    <article id={claim.id} className="entry" tabIndex={-1} aria-labelledby={titleId} data-testid="db-entry">
      <h2 id={titleId} className="entry-claim">
        {claim.claim}
      </h2>
      <div className="grade">
        <VerdictLabel verdict={claim.verdict} />
        <EvidenceMeter level={claim.evidence} />
      </div>
      <h3>{i18n.t('common.research')}</h3>
      <p>{claim.summary}</p>
      <p>{claim.nuance}</p>
      <h3>{i18n.t('common.advice')}</h3>
      <p>{claim.advice}</p>
      <h3>{i18n.t('common.sources')}</h3>
      <SourceList sources={claim.sources} />
      <p className="reviewed" data-testid="db-reviewed">
        {reviewedText(claim.reviewed, claim.reviewedBy)}
      </p>
      <ChangeHistory history={claim.history} />
      <p className="permalink">
        <a href={`#${claim.id}`} aria-describedby={titleId} data-testid="db-permalink">
          {i18n.t('database.permalink')}
        </a>
      </p>
    </article>
  );
}
