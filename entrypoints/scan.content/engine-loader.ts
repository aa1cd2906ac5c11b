import type { Matcher } from '@/claims/engine';
import type { Claim } from '@/claims/schema';
import { nextTask } from './next-task';

/** The parts of claims/bundle the content script uses. */
export interface ClaimsEngine {
  getClaim(id: string): Claim | undefined;
  getMatcher(): Matcher;
}

let loading: Promise<ClaimsEngine> | null = null;

/**
 * Loads the bundled claims and the engine on first need, in a task of its own (see index.ts).
 * Pages where GutCheck is off never load them.
 */
export function loadEngine(): Promise<ClaimsEngine> {
  loading ??= nextTask().then(() => import('@/claims/bundle'));
  return loading;
}
