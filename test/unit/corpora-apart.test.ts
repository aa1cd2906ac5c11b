/**
 * Frozen test sets stay unseen: no training document shares a text with a frozen one, and no
 * real-page excerpt used for training comes from a site that a frozen set quotes (a site's
 * wording would otherwise leak into the model through its hashed words).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEV_CORPUS, frozenCorpora, trainingCorpora } from '../../scripts/corpora';

interface Doc {
  doc: string;
  text?: string;
  note?: string;
}

const read = (paths: readonly string[]): Doc[] =>
  paths.flatMap((p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Doc));

/** Hostnames of the URLs in a document's note, without a leading "www.". */
function sitesOf(d: Doc): string[] {
  return [...(d.note ?? '').matchAll(/https?:\/\/([^/\s"')]+)/g)].map((m) => m[1]!.toLowerCase().replace(/^www\./, ''));
}

const frozen = read(frozenCorpora()).filter((d) => d.text !== undefined);
const training = read(trainingCorpora());

describe('frozen sets are kept apart from training', () => {
  it('every document id is used once, across training, tuning and frozen sets (scores and later labels key on it)', () => {
    const ids = [...training, ...read([DEV_CORPUS]), ...frozen].map((d) => d.doc);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('no text is in both', () => {
    const frozenTexts = new Set(frozen.map((d) => d.text!.trim()));
    expect(training.filter((d) => frozenTexts.has((d.text ?? '').trim())).map((d) => d.doc)).toEqual([]);
  });

  it('no site quoted by a frozen set is quoted by a training document', () => {
    const frozenSites = new Set(frozen.flatMap(sitesOf));
    expect(frozenSites.size).toBeGreaterThan(200);
    expect(training.flatMap((d) => sitesOf(d).filter((s) => frozenSites.has(s)).map((s) => `${d.doc} ${s}`))).toEqual([]);
  });
});
