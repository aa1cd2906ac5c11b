import { i18n } from '#i18n';
import { useId } from 'react';
import type { Claim } from '@/claims/schema';
import { contextLabel, verdictLabel } from '../words';
import { ClaimItem } from './ClaimItem';
import type { ClaimGroup, FoundPassage } from './claim-groups';

export interface ClaimGroupsProps {
  groups: readonly ClaimGroup[];
  claimOf(id: string): Claim | undefined;
  onShow?(passage: FoundPassage): void;
}

/**
 * The grouped list: a section per verdict, headed by the verdict in words (in its colour, never
 * colour alone) and its count, then the quiet context group. Sections are labelled by their
 * headings, so a screen reader lists them as regions.
 */
export function ClaimGroups({ groups, claimOf, onShow }: ClaimGroupsProps) {
  const id = useId();
  return (
    <>
      {groups.map((g) => (
        <section key={g.key} className={`group group-${g.key}`} aria-labelledby={`${id}-${g.key}`} data-testid="panel-group" data-group={g.key}>
          <h2 id={`${id}-${g.key}`} className="group-head">
            <span className={g.key === 'context' ? 'group-title' : `group-title verdict-${g.key}`}>{g.key === 'context' ? contextLabel() : verdictLabel(g.key)}</span>{' '}
            <span className="group-count">({i18n.t('panel.claims', g.claims.length)})</span>
          </h2>
          <ul className="items">
            {g.claims.map((listed) => {
              const claim = claimOf(listed.id);
              return claim ? <ClaimItem key={listed.id} listed={listed} claim={claim} context={g.key === 'context'} onShow={onShow} /> : null;
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
