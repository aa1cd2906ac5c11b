import type { Claim } from '../schema';
import type { Matcher } from './types';

export type { ClaimHit, Matcher, Stance } from './types';

/** Placeholder until the engine lands: finds nothing. */
export function createMatcher(_claims: readonly Claim[]): Matcher {
  return { scan: () => [] };
}
