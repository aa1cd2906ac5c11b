import { EvidenceCard, type EvidenceCardProps } from './EvidenceCard';
import { FloatingPanel, type AnchorRect } from './FloatingPanel';
import { LiveRegion } from './LiveRegion';

/** The open card: its content and where the marked passage is on screen. */
export interface OpenCard extends EvidenceCardProps {
  anchor: AnchorRect;
  /** Changes when another passage opens, so the card remounts (fresh focus and report state). */
  cardKey: string;
}

export interface GutCheckLayerProps {
  live: string;
  card: OpenCard | null;
}

/**
 * Everything GutCheck draws inside its shadow root: the screen-reader summary and, when open,
 * one evidence card floating next to its passage.
 */
export function GutCheckLayer({ live, card }: GutCheckLayerProps) {
  return (
    <>
      <LiveRegion text={live} />
      {card ? <PlacedCard key={card.cardKey} card={card} /> : null}
    </>
  );
}

function PlacedCard({ card }: { card: OpenCard }) {
  const { cardKey: _key, anchor, ...cardProps } = card;
  return (
    <FloatingPanel anchor={anchor}>
      <EvidenceCard {...cardProps} />
    </FloatingPanel>
  );
}
