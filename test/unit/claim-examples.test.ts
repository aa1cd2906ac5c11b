import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadDatabase } from '../../claims/cli/load-database';
import { createMatcher } from '../../claims/engine';
import knownMissesData from './known-example-misses.json';

/**
 * Every entry's own examples run through the engine: asserting sentences must be found as
 * asserting that claim; mention sentences must never be. Known misses are listed with a reason
 * in known-example-misses.json (at most three, each explained).
 */
const knownMisses = z.array(z.object({ sentence: z.string(), why: z.string() }).strict()).parse(knownMissesData);
const claims = loadDatabase();
const matcher = createMatcher(claims);
const known = new Set(knownMisses.map((k) => k.sentence));
const asserted = (id: string, text: string) => matcher.scan(text).some((h) => h.id === id && h.stance === 'asserts');
const found = (id: string, text: string) => matcher.scan(text).some((h) => h.id === id);

// A known miss sits near the stance model's threshold, so a retraining may move it either way:
// it must still be found as its claim (an assertion sentence) or never asserted (a mention).
describe.each(claims.map((c) => [c.id, c] as const))('%s examples', (id, claim) => {
  it.each(claim.examples.asserts.map((s) => [s]))('asserts: %s', (sentence) => {
    if (known.has(sentence)) expect(found(id, sentence)).toBe(true);
    else expect(asserted(id, sentence)).toBe(true);
  });
  it.each(claim.examples.mentions.map((s) => [s]))('does not assert: %s', (sentence) => {
    if (known.has(sentence)) expect(found(id, sentence)).toBe(true);
    else expect(asserted(id, sentence)).toBe(false);
  });
});

it('keeps the known-miss list short and explained', () => {
  expect(knownMisses.length).toBeLessThanOrEqual(3);
  for (const k of knownMisses) expect(k.why.length).toBeGreaterThan(20);
});
