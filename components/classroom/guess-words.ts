import { i18n } from '#i18n';
import type { Stance } from '@/claims/engine/types';
import type { Closeness, Tally } from './guess-score';

/**
 * The presenter's sentences that are built from a guess, its score or the page's stance, in the
 * extension's language (locales/<lang>.yml, group `classroom`).
 */

const STANCE_LINE_KEYS = {
  asserts: 'classroom.stanceLine.asserts',
  refutes: 'classroom.stanceLine.refutes',
  mentions: 'classroom.stanceLine.mentions',
} as const satisfies Record<Stance, string>;

const CLOSENESS_KEYS = {
  exact: 'classroom.closeness.exact',
  near: 'classroom.closeness.near',
  far: 'classroom.closeness.far',
} as const satisfies Record<Closeness, string>;

/** How the page relates to the passage, said of a page or a post ("The page disputes this claim:"). */
export const stanceLine = (stance: Stance): string => i18n.t(STANCE_LINE_KEYS[stance]);

/** "Your verdict, Overstated: one step off." */
export function guessLine(what: 'verdict' | 'evidence', picked: string, closeness: Closeness): string {
  const key = what === 'verdict' ? 'classroom.guessVerdictLine' : 'classroom.guessEvidenceLine';
  return i18n.t(key, [picked, i18n.t(CLOSENESS_KEYS[closeness])]);
}

/** "+3 points for this guess." */
export const pointsLine = (points: number): string => i18n.t('classroom.points', points);

/** The running score: "Score: 5 of 8 points from 2 guesses"; before any guess, "no guesses yet". */
export const scoreLine = (t: Tally): string => i18n.t('classroom.score', t.guesses, [t.guesses, t.points, t.possible]);
