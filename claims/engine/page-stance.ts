import type { Stance } from './types';

/**
 * The claims a page asserts, from its passages: a claim counts when its asserting passages
 * outnumber its refuting ones. A debunk that restates a myth once and refutes it twice does not
 * assert it. The engine applies it within one scan, the extension across the page's blocks (the
 * badge and the live region), so both readings of a page agree.
 */
export function assertedOnPage(passages: Iterable<{ id: string; stance: Stance }>): Set<string> {
  const tally = new Map<string, number>();
  for (const p of passages) {
    if (p.stance !== 'mentions') tally.set(p.id, (tally.get(p.id) ?? 0) + (p.stance === 'asserts' ? 1 : -1));
  }
  return new Set([...tally].filter(([, n]) => n > 0).map(([id]) => id));
}
