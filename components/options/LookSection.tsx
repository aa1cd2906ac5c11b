import { i18n } from '#i18n';
import { TEXT_SIZES, type TextSize } from '../text-size';
import { ChoiceGroup } from './ChoiceGroup';
import { HIGHLIGHT_STYLES, MOTIONS, type HighlightStyle, type Motion } from './choices';
import { highlightWords, motionWords, textSizeWords } from './setting-words';

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
      <h2 id="look-title">{i18n.t('options.lookTitle')}</h2>
      <ChoiceGroup
        legend={i18n.t('options.highlightLegend')}
        choices={HIGHLIGHT_STYLES}
        words={highlightWords()}
        value={props.highlight}
        onChange={props.onHighlight}
        testId="highlight-style"
      />
      <ChoiceGroup
        legend={i18n.t('options.textSizeLegend')}
        choices={TEXT_SIZES}
        words={textSizeWords()}
        value={props.cardText}
        onChange={props.onCardText}
        testId="card-text-size"
      />
      <ChoiceGroup
        legend={i18n.t('options.motionLegend')}
        hint={i18n.t('options.motionHint')}
        choices={MOTIONS}
        words={motionWords()}
        value={props.motion}
        onChange={props.onMotion}
        testId="motion"
      />
    </section>
  );
}
