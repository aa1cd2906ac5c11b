import { i18n } from '#i18n';
import type { Source } from '@/claims/schema';

/** The link a reader follows for a source: PubMed first, then the DOI, then the official page. */
export function sourceHref(source: Source): string {
  if (source.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`;
  if (source.doi) return `https://doi.org/${source.doi}`;
  return source.url ?? '';
}

/**
 * The claim's sources as links. Opening one is the reader's own click in a new tab; GutCheck
 * itself never requests anything. rel=noopener noreferrer keeps the page out of it.
 */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="sources" data-testid="card-sources">
      {sources.map((s) => (
        <li key={`${s.title}-${s.year}`}>
          <a href={sourceHref(s)} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>
          <span className="cite">
            {' '}
            {[s.journal, s.year].filter(Boolean).join(', ')}
            {s.pmid && s.doi ? (
              <>
                {' · '}
                <a href={`https://doi.org/${s.doi}`} target="_blank" rel="noopener noreferrer">
                  {i18n.t('sources.doi')}
                </a>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
