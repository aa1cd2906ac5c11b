/** components/classroom/guess-score.ts: how close a guess came, and the session's running score. */
import { describe, expect, it } from 'vitest';
import { MAX_POINTS, scoreGuess, tally } from '@/components/classroom/guess-score';

const truth = { verdict: 'unsupported', evidence: 'very-low' } as const;

describe('scoreGuess', () => {
  it('scores an exact guess on both scales with full points', () => {
    expect(scoreGuess({ verdict: 'unsupported', evidence: 'very-low' }, truth)).toEqual({ verdict: 'exact', evidence: 'exact', points: MAX_POINTS });
    expect(MAX_POINTS).toBe(4);
  });

  it('calls a neighbour on the ordered scales one step off', () => {
    // Verdicts run contradicted, not supported, overstated, mixed, well supported.
    expect(scoreGuess({ verdict: 'overstated', evidence: 'low' }, truth)).toEqual({ verdict: 'near', evidence: 'near', points: 2 });
    expect(scoreGuess({ verdict: 'contradicted', evidence: 'very-low' }, truth)).toEqual({ verdict: 'near', evidence: 'exact', points: 3 });
  });

  it('calls two or more steps far', () => {
    expect(scoreGuess({ verdict: 'supported', evidence: 'high' }, truth)).toEqual({ verdict: 'far', evidence: 'far', points: 0 });
    expect(scoreGuess({ verdict: 'mixed', evidence: 'moderate' }, truth)).toMatchObject({ verdict: 'far', evidence: 'far' });
    expect(scoreGuess({ verdict: 'supported', evidence: 'moderate' }, { verdict: 'mixed', evidence: 'high' })).toEqual({ verdict: 'near', evidence: 'near', points: 2 });
  });
});

describe('tally', () => {
  it('adds points and what was possible over the guesses made', () => {
    expect(tally([])).toEqual({ points: 0, possible: 0, guesses: 0 });
    const results = [scoreGuess({ verdict: 'unsupported', evidence: 'very-low' }, truth), scoreGuess({ verdict: 'supported', evidence: 'low' }, truth)];
    expect(tally(results)).toEqual({ points: 5, possible: 8, guesses: 2 });
  });
});
