/**
 * The choices a person makes on the options page (and the popup's modes). The settings schema
 * (entrypoints/lib/settings.ts) is built from these lists, so the page's controls and the stored
 * values cannot drift apart; they live here, below the entry points, because components may not
 * import from entry points.
 */

/** What GutCheck does on a page: marks + card + badge, badge only, or nothing (paused). */
export const MODES = ['marks', 'badge', 'off'] as const;
export type Mode = (typeof MODES)[number];

/** How a mark looks: an underline with a light tint behind the words, or the underline alone. */
export const HIGHLIGHT_STYLES = ['tint', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** Motion: follow the system's "reduce motion" setting, or always reduce whatever the system says. */
export const MOTIONS = ['system', 'reduce'] as const;
export type Motion = (typeof MOTIONS)[number];
