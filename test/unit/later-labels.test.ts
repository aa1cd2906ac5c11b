import { describe, expect, it } from 'vitest';
import { parseCorpus, parseLaterLabels } from '../../scripts/corpus-score';

/** Labels added to corpus documents for claims added after the corpus was labelled (scripts/corpora.ts). */
describe('later labels', () => {
  const corpus = `${JSON.stringify({ doc: 'a', text: 'x', asserts: ['old'], mentions_not_asserted: [] })}\n${JSON.stringify({ doc: 'b', text: 'y', asserts: [], mentions_not_asserted: [] })}\n`;
  const covered = new Set(['new-1']);

  it('score a document for the ids they cover; newer ids and documents without them stay unscored', () => {
    const later = parseLaterLabels(`${JSON.stringify({ doc: 'a', asserts: ['new-1'], mentions_not_asserted: [], ambiguous: [] })}\n`, covered);
    const [a, b] = parseCorpus(corpus, ['new-1', 'new-2'], later);
    expect(a).toMatchObject({ asserts: ['old', 'new-1'], ambiguous: ['new-2'] });
    expect(b).toMatchObject({ asserts: [], ambiguous: ['new-1', 'new-2'] });
  });

  it('refuse an id they do not cover, and a document labelled twice', () => {
    const line = (ids: string[]) => `${JSON.stringify({ doc: 'a', asserts: ids, mentions_not_asserted: [], ambiguous: [] })}\n`;
    expect(() => parseLaterLabels(line(['new-2']), covered)).toThrow('new-2 is not one of the ids they cover');
    expect(() => parseLaterLabels(line(['new-1']) + line([]), covered)).toThrow('a is labelled twice');
  });
});
