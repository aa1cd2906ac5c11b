/**
 * Frozen test sets stay unseen: no training document shares a text with a frozen one, and no
 * real-page excerpt used for training comes from a site that a frozen set quotes (a site's
 * wording would otherwise leak into the model through its hashed words), nor the same page
 * copied to another site (syndicated articles, mirrors, proxies).
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

/**
 * The regulators' notice on supplement pages is the same wording everywhere ("These statements
 * have not been evaluated by the Food and Drug Administration..."): shared, it leaks nothing.
 */
const NOTICE = /[^.]*(?:not been evaluated by the|not intended to diagnose)[^.]*\./gi;
const RUN = 10;

/** Every run of RUN consecutive words of a text (lower case), without the regulators' notice. */
function runsOf(text: string): Set<string> {
  const words = text.replace(NOTICE, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(' '));
  return runs;
}
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

  it('no training document copies a passage of a frozen one (a run of about 17 words or more, on any site)', () => {
    const owner = new Map<string, string[]>();
    for (const d of frozen) for (const r of runsOf(d.text!)) owner.set(r, [...(owner.get(r) ?? []), d.doc]);
    const copied: string[] = [];
    for (const d of training) {
      const shared = new Map<string, number>();
      for (const r of runsOf(d.text ?? '')) for (const f of owner.get(r) ?? []) shared.set(f, (shared.get(f) ?? 0) + 1);
      // Eight overlapping runs of ten words: a copied sentence or two, not a common phrase.
      for (const [f, n] of shared) if (n >= 8) copied.push(`${d.doc} ${f}`);
    }
    expect(copied).toEqual([]);
  });

  it('no site quoted by a frozen set is quoted by a training document', () => {
    const frozenSites = new Set(frozen.flatMap(sitesOf));
    expect(frozenSites.size).toBeGreaterThan(200);
    expect(training.flatMap((d) => sitesOf(d).filter((s) => frozenSites.has(s)).map((s) => `${d.doc} ${s}`))).toEqual([]);
  });
});
