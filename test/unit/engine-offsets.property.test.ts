import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDatabase } from '../../claims/cli/load-database';
import { createMatcher } from '../../claims/engine';
import { foldWord } from '../../claims/engine/normalize';

const claims = loadDatabase();
const matcher = createMatcher(claims);
const sentences = claims.flatMap((c) => [...c.examples.asserts, ...c.examples.mentions]);
const noise = fc.constantFrom('', ' ', '\n', '\n\n', ' — ', ' 🦴 ', '…', ' #leakygut ', 'Ünïcödé ', '🙏🏽', '\u00a0', '!!', ' (x) ', 'ok. ');
const doc = fc.array(fc.tuple(noise, fc.constantFrom(...sentences), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([a, s, b]) => a + s + b).join(' '));

/** The passage as the engine folds it, with word breaks dropped: hashtags ("#guthealing") are split into words the text never separated. */
const foldedWords = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu) ?? []).map(foldWord).join('');

describe('engine offsets (property)', () => {
  it('always point into the input at a passage holding the matched words, in order', () => {
    fc.assert(
      fc.property(doc, (text) => {
        for (const hit of matcher.scan(text)) {
          expect(hit.start).toBeGreaterThanOrEqual(0);
          expect(hit.end).toBeLessThanOrEqual(text.length);
          expect(hit.start).toBeLessThan(hit.end);
          const passage = foldedWords(text.slice(hit.start, hit.end));
          let from = 0;
          for (const word of hit.matched) {
            const at = passage.indexOf(word.replace(/ /g, ''), from);
            expect(at, `"${word}" in "${passage}"`).toBeGreaterThanOrEqual(0);
            from = at;
          }
          expect(hit.score).toBeGreaterThan(0);
          expect(hit.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  // Context decides stance now, so unrelated statements around a sentence may move its confidence
  // a little; they must not change which claims are found or swing the reading. (A question
  // after a claim is not neutral: "...Or is it?" is read as doubt, so the padding asks nothing.)
  it('finds the same claims whatever text surrounds a sentence, with about the same confidence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sentences), fc.string({ maxLength: 20 }), (sentence, pad) => {
        const alone = matcher.scan(sentence).filter((h) => h.stance === 'asserts');
        const padded = `Unrelated note about the weather.\n\n${sentence}\n\nAnother unrelated line ${pad.replace(/[\p{L}\p{N}?？]/gu, '')}`;
        const inDoc = matcher.scan(padded);
        for (const h of alone) {
          const same = inDoc.filter((x) => x.id === h.id);
          expect(same.length).toBeGreaterThan(0);
          expect(Math.max(...same.map((x) => x.confidence))).toBeGreaterThan(h.confidence - 0.2);
        }
      }),
      { numRuns: 200 },
    );
  });
});
