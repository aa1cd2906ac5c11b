import type { CSSProperties } from 'react';
import { EvidenceCard, type EvidenceCardProps } from './EvidenceCard';
import { FloatingPanel, type AnchorRect } from './FloatingPanel';
import { LiveRegion } from './LiveRegion';
import { TEXT_SCALE, type TextSize } from './text-size';

/** The open card: its content and where the marked passage is on screen. */
export interface OpenCard extends EvidenceCardProps {
  anchor: AnchorRect;
  /** Changes when another passage opens, so the card remounts (fresh focus and report state). */
  cardKey: string;
}

export interface GutCheckLayerProps {
  live: string;
  card: OpenCard | null;
  /** The card's text size, chosen on the options page. */
  textSize: TextSize;
}

/**
 * Everything GutCheck draws inside its shadow root: the screen-reader summary and, when open,
 * one evidence card floating next to its passage, its text (and width) scaled to the person's size.
 */
export function GutCheckLayer({ live, card, textSize }: GutCheckLayerProps) {
  return (
    <div className="layer" data-text-size={textSize} style={{ '--text-scale': TEXT_SCALE[textSize] } as CSSProperties}>
      <LiveRegion text={live} />
      {card ? <PlacedCard key={card.cardKey} card={card} /> : null}
    </div>
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
