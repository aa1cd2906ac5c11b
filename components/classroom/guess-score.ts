import { VERDICT_RATING } from '@/claims/claimreview';
import { EVIDENCE_LEVELS, type Claim, type EvidenceLevel, type Verdict } from '@/claims/schema';

/** How close a guess came on one scale. */
export type Closeness = 'exact' | 'near' | 'far';

/** A viewer's guess for one claim: a verdict and a strength of evidence. */
export interface Guess {
  verdict: Verdict;
  evidence: EvidenceLevel;
}

/** What a guess earned: closeness on each scale and the points for it. */
export interface GuessResult {
  verdict: Closeness;
  evidence: Closeness;
  points: number;
}

/** Points per scale: an exact guess 2, one step off 1, further 0. */
const POINTS: Readonly<Record<Closeness, number>> = { exact: 2, near: 1, far: 0 };
/** The most one guess can earn (exact on both scales). */
export const MAX_POINTS = 2 * POINTS.exact;

/** Steps apart on an ordered scale: 0 exact, 1 one step off, more is far. */
const closeness = (steps: number): Closeness => (steps === 0 ? 'exact' : steps === 1 ? 'near' : 'far');

/**
 * Scores a guess against the database entry. Both scales are ordered, so "one step off" means
 * something: verdicts on the ClaimReview scale (contradicted 1 ... well supported 5), evidence on
 * GRADE's (very low ... high). Guessing "overstated" for "not supported" is near; "well
 * supported" for "contradicted" is far.
 */
export function scoreGuess(guess: Guess, claim: Pick<Claim, 'verdict' | 'evidence'>): GuessResult {
  const verdict = closeness(Math.abs(VERDICT_RATING[guess.verdict] - VERDICT_RATING[claim.verdict]));
  const evidence = closeness(Math.abs(EVIDENCE_LEVELS.indexOf(guess.evidence) - EVIDENCE_LEVELS.indexOf(claim.evidence)));
  return { verdict, evidence, points: POINTS[verdict] + POINTS[evidence] };
}

/** The running score of a session: points earned, points possible, guesses made. */
export interface Tally {
  points: number;
  possible: number;
  guesses: number;
}

/** Adds up the session's results (claims revealed without a guess do not count). */
export function tally(results: Iterable<GuessResult>): Tally {
  let points = 0;
  let guesses = 0;
  for (const r of results) {
    points += r.points;
    guesses += 1;
  }
  return { points, possible: guesses * MAX_POINTS, guesses };
}
