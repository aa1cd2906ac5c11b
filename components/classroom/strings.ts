import type { Stance } from '@/claims/engine/types';
import type { Closeness, Tally } from './guess-score';

/**
 * Every sentence of the classroom pages (the demo page and the presenter), in one place, so
 * translating them later means translating this file. Verdict and evidence labels come from
 * claims/words.ts, shared with the card and the database page.
 */
export const STRINGS = {
  demoTitle: 'GutCheck demo page',
  demoIntro:
    'Six invented posts, one of each kind of page you meet online. GutCheck reads them here with the same engine and claims database it uses on websites, so a lesson works offline. Nothing on this page is fetched from the internet.',
  demoPresent: 'Present these claims one at a time',
  demoFound: 'What GutCheck found',
  demoNone: 'GutCheck found no claim from its database in this post.',
  moreAbout: 'More about this claim',
  notAdvice: 'This is general information, not medical advice.',

  presenterTitle: 'GutCheck presenter',
  presenting: 'Presenting',
  loading: 'Reading the claims…',
  noTab: 'GutCheck has nothing for this tab yet. Reload the page in its tab, wait until it has loaded, then open the presenter again from the GutCheck button.',
  noClaims: 'GutCheck found no claims from its database on this page.',
  openDemo: 'Open the demo page',
  previous: 'Previous',
  next: 'Next',
  keysHint: 'Left and right arrow keys move between claims.',
  guessTitle: 'Your guess',
  guessVerdict: 'What does the research say about this claim?',
  guessEvidence: 'How strong is the evidence?',
  guessPick: 'Pick a verdict and a strength of evidence, then check.',
  check: 'Check my guess',
  reveal: 'Show the answer without guessing',
  answerTitle: 'The answer',
  theClaim: 'The claim',
  research: 'What the research says',
} as const;

/** How the page relates to the passage, said of a page or a post. */
export const STANCE_LINES: Readonly<Record<Stance, string>> = {
  asserts: 'The page makes this claim:',
  refutes: 'The page disputes this claim:',
  mentions: 'The page mentions this claim:',
};

/** "Claim 3 of 22", as the card says it while stepping. */
export function claimOf(n: number, total: number): string {
  return `Claim ${n} of ${total}`;
}

/** "3 claims" for the demo's per-post lists. */
export function foundCount(n: number): string {
  return `${STRINGS.demoFound} (${n})`;
}

const CLOSENESS: Readonly<Record<Closeness, string>> = { exact: 'exactly right', near: 'one step off', far: 'far off' };

/** "Your verdict, Overstated: one step off." */
export function guessLine(what: 'verdict' | 'evidence', picked: string, closeness: Closeness): string {
  return `Your ${what === 'verdict' ? 'verdict' : 'strength of evidence'}, ${picked}: ${CLOSENESS[closeness]}.`;
}

/** "+3 points" for one guess. */
export function pointsLine(points: number): string {
  return `${points === 1 ? '+1 point' : `+${points} points`} for this guess.`;
}

/** The running score: "Score: 5 of 8 points from 2 guesses"; before any guess, an invitation. */
export function scoreLine(t: Tally): string {
  if (!t.guesses) return 'Score: no guesses yet';
  return `Score: ${t.points} of ${t.possible} points from ${t.guesses} ${t.guesses === 1 ? 'guess' : 'guesses'}`;
}

/** The popup's classroom section. */
export const POPUP_STRINGS = {
  title: 'Classroom',
  demo: 'Open the demo page',
  present: 'Present this page',
} as const;
