import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatabase } from '@/claims/cli/load-database';
import { createMatcher } from '@/claims/engine';
import { mentionsGutTopic } from '@/claims/topic';
import { DEV_CORPUS, trainingCorpora } from '@/scripts/corpora';

/*
 * The watch script loads the checker only where mentionsGutTopic says yes, so a "no" on text the
 * engine would mark hides its claims. Measured here on the tuning text (the claims' examples, the
 * dev corpus and the training corpora); the frozen sets are scored by `npm run eval -- --frozen`
 * only, never read here.
 */
const claims = loadDatabase();
const matcher = createMatcher(claims);
const corpusTexts = [DEV_CORPUS, ...trainingCorpora()].flatMap((file) =>
  readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text),
);

describe('the gut-health topic gate', () => {
  it('passes every asserting example of every claim', () => {
    const failing = claims.flatMap((c) => c.examples.asserts.filter((t) => !mentionsGutTopic(t)).map((t) => `${c.id}: ${t}`));
    expect(failing).toEqual([]);
  });

  it('passes every tuning text on which the engine finds a claim', () => {
    const hit = corpusTexts.filter((t) => matcher.scan(t).length > 0);
    expect(hit.length, 'texts with a hit').toBeGreaterThan(2000);
    const failing = hit.filter((t) => !mentionsGutTopic(t));
    // Any text here is a claim the gate hides.
    expect(failing.map((t) => t.split('\n')[0])).toEqual([]);
  }, 60_000);

  it('fails ordinary text, including words that contain a topic word', () => {
    const ordinary = [
      'The quarterly report shows steady growth in most regions, with margins holding through the autumn.',
      'Water the tomatoes deeply once a week and mulch the beds before the first frost arrives.',
      'Traffic was slow on the ring road this morning after a lorry lost part of its load near junction ten.',
      'She rebased the branch, squashed three commits and pushed the fix before lunch.',
      'The colonial museum reopens on Sunday; the guttering on the east wing has been replaced.',
      'Her gutsy performance in the final set won the crowd over.',
      'A colonel, a digestible summary and a sensible barrier-free entrance.',
    ];
    expect(ordinary.filter(mentionsGutTopic)).toEqual([]);
  });

  it('passes the topic words in any case, inside punctuation and run together in hashtags', () => {
    for (const t of ['LEAKY GUT??', 'Intestinal permeability', 'my tummy!!', 'bone broth.', 'cœliac', 'leakygut is real']) {
      expect(mentionsGutTopic(t), t).toBe(true);
    }
    for (const tag of ['#leakygut', '#guthealth', '#GutHealingJourney', '#bonebroth', '#healyourgut', '#tightjunctions', '#IBSwarrior']) {
      expect(mentionsGutTopic(`rest day 3 ${tag}`), tag).toBe(true);
    }
  });

  it('passes every asserting example of every claim with its topic words run into a hashtag', () => {
    // Social posts tag the topic instead of saying it: "... damages your #guthealth lining".
    const hashtagged = claims.flatMap((c) => c.examples.asserts.map((t) => t.replace(/\b(gut|leaky gut|bone broth|intestinal)\b/gi, (w) => `#${w.replace(/ /g, '')}health`)));
    expect(hashtagged.filter((t) => !mentionsGutTopic(t))).toEqual([]);
  });
});
