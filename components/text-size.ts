/**
 * Text sizes of GutCheck's evidence card, and how much each enlarges the card's type (its width
 * grows with it, so lines keep a readable length). The settings schema takes its choices from here.
 */
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Scale factors, applied through the CSS variable --text-scale (see gutcheck-layer.css). */
export const TEXT_SCALE: Readonly<Record<TextSize, number>> = { normal: 1, large: 1.2, larger: 1.45 };
