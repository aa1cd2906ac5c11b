/**
 * The prebuilt command loads its lexicon packed at build time instead of folding and stemming
 * every phrase at start-up (claims/engine/lexicon.ts): the packed form must give back the very
 * lexicon the engine builds, and a matcher built on it the very same hits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatabase } from '../../claims/cli/load-database';
import { createMatcher, defaultStanceModel, defaultVocabulary } from '../../claims/engine';
import { buildLexicon } from '../../claims/engine/compile';
import { Lexicon } from '../../claims/engine/lexicon';
import { DEV_CORPUS } from '../../scripts/corpora';
import { parseCorpus } from '../../scripts/corpus-score';

const claims = loadDatabase();

describe('the packed lexicon', () => {
  const built = buildLexicon(claims, defaultVocabulary);
  const packed = built.pack();

  it('unpacks to the lexicon it was packed from, through JSON', () => {
    const back = Lexicon.unpack(JSON.parse(JSON.stringify(packed)) as typeof packed);
    expect(back).toEqual(built);
    // Every first stem a text word can meet, with its phrases in the same (longest-first) order.
    for (const [key] of packed.buckets) expect(back.startingWith(key)).toEqual(built.startingWith(key));
    expect(packed.buckets.length).toBeGreaterThan(1000);
  });

  it('names each concept once, so the JSON stays small', () => {
    expect(new Set(packed.concepts).size).toBe(packed.concepts.length);
    expect(JSON.stringify(packed).length).toBeLessThan(200_000);
  });

  it('gives a matcher with the same hits as one that builds its own lexicon', () => {
    const texts = [
      ...claims.flatMap((c) => [...c.examples.asserts, ...c.examples.mentions]),
      ...parseCorpus(readFileSync(DEV_CORPUS, 'utf8')).map((d) => d.text),
    ];
    const own = createMatcher(claims);
    const fromPacked = createMatcher(claims, defaultVocabulary, defaultStanceModel, packed);
    let hits = 0;
    for (const text of texts) {
      const expected = own.scan(text);
      hits += expected.length;
      expect(fromPacked.scan(text)).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(texts.length / 2);
  });
});
