import { i18n } from '#i18n';
import type { TextSize } from '../text-size';
import type { HighlightStyle, Mode, Motion } from './choices';

/**
 * The settings' choices in words, in the extension's language (locales/<lang>.yml). The popup
 * and the options page share the modes' words, so both read alike. Built on each call, so the
 * words are read when a control is drawn.
 */

/** The modes in words ("Paused" is "off"). */
export const modeWords = (): Record<Mode, string> => ({
  marks: i18n.t('mode.marks'),
  badge: i18n.t('mode.badge'),
  off: i18n.t('mode.off'),
});

export const highlightWords = (): Record<HighlightStyle, string> => ({
  tint: i18n.t('options.highlight.tint'),
  underline: i18n.t('options.highlight.underline'),
});

export const textSizeWords = (): Record<TextSize, string> => ({
  normal: i18n.t('options.textSize.normal'),
  large: i18n.t('options.textSize.large'),
  larger: i18n.t('options.textSize.larger'),
});

export const motionWords = (): Record<Motion, string> => ({
  system: i18n.t('options.motion.system'),
  reduce: i18n.t('options.motion.reduce'),
});

const PROBLEM_KEYS = {
  unreadable: 'settingsProblem.unreadable',
  repaired: 'settingsProblem.repaired',
  unsaved: 'settingsProblem.unsaved',
} as const;

/** What went wrong with the stored settings: unreadable or repaired on reading, or a change not saved. */
export type SettingsNote = keyof typeof PROBLEM_KEYS;

/** A short, calm note when storage misbehaves: the person keeps working with what GutCheck could keep. */
export const problemNote = (problem: SettingsNote): string => i18n.t(PROBLEM_KEYS[problem]);
