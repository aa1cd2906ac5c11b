import { TEXT_SIZES, type TextSize } from '../text-size';
import { ChoiceGroup } from './ChoiceGroup';
import { HIGHLIGHT_STYLES, MOTIONS, type HighlightStyle, type Motion } from './choices';
import { HIGHLIGHT_WORDS, MOTION_WORDS, STRINGS, TEXT_SIZE_WORDS } from './strings';

export interface LookProps {
  highlight: HighlightStyle;
  cardText: TextSize;
  motion: Motion;
  onHighlight(style: HighlightStyle): void;
  onCardText(size: TextSize): void;
  onMotion(motion: Motion): void;
}

/** How marks and the card look: the highlight style, the card's text size, and motion. */
export function LookSection(props: LookProps) {
  return (
    <section aria-labelledby="look-title">
      <h2 id="look-title">{STRINGS.lookTitle}</h2>
      <ChoiceGroup
        legend={STRINGS.highlightLegend}
        choices={HIGHLIGHT_STYLES}
        words={HIGHLIGHT_WORDS}
        value={props.highlight}
        onChange={props.onHighlight}
        testId="highlight-style"
      />
      <ChoiceGroup
        legend={STRINGS.textSizeLegend}
        choices={TEXT_SIZES}
        words={TEXT_SIZE_WORDS}
        value={props.cardText}
        onChange={props.onCardText}
        testId="card-text-size"
      />
      <ChoiceGroup
        legend={STRINGS.motionLegend}
        hint={STRINGS.motionHint}
        choices={MOTIONS}
        words={MOTION_WORDS}
        value={props.motion}
        onChange={props.onMotion}
        testId="motion"
      />
    </section>
  );
}
