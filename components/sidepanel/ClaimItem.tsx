import { i18n } from '#i18n';
import { useId } from 'react';
import type { Claim } from '@/claims/schema';
import { stanceLabel } from '../words';
import { ClaimDetails } from './ClaimDetails';
import type { FoundPassage, ListedClaim } from './claim-groups';

export interface ClaimItemProps {
  listed: ListedClaim;
  claim: Claim;
  /** In the context group each passage says how the text relates to the claim. */
  context: boolean;
  /** Shows a passage on the page; absent for pasted text, whose passages are plain quotes. */
  onShow?(passage: FoundPassage): void;
}

/**
 * One claim of the list: the claim as a heading (screen-reader users move by headings), its
 * passages, each a button that scrolls the page to it, and the card's content behind a disclosure.
 */
export function ClaimItem({ listed, claim, context, onShow }: ClaimItemProps) {
  const headId = useId();
  return (
    <li className="item" data-testid="panel-claim" data-claim-id={listed.id}>
      <h3 className="item-claim" id={headId}>
        {claim.claim}
      </h3>
      <ul className="passages">
        {listed.passages.map((p) => (
          <li key={`${p.stance}:${p.text}`}>
            {context ? <span className="stance">{stanceLabel(p.stance)}: </span> : null}
            {onShow ? (
              <button type="button" className="passage" data-testid="panel-passage" aria-describedby={headId} onClick={() => onShow(p)}>
                <span className="go">{i18n.t('panel.showOnPage')}:</span> <q>{p.text}</q>
              </button>
            ) : (
              <q className="passage" data-testid="panel-passage">
                {p.text}
              </q>
            )}
          </li>
        ))}
      </ul>
      <ClaimDetails claim={claim} />
    </li>
  );
}
