import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Claim, EvidenceLevel, Verdict } from '@/claims/schema';

/** What the reader asked for: words to look for and, optionally, one verdict and one evidence level. */
export interface BrowseQuery {
  text: string;
  verdict: Verdict | '';
  evidence: EvidenceLevel | '';
}

export const NO_QUERY: BrowseQuery = { text: '', verdict: '', evidence: '' };

/**
 * The claim is weighted above its typical wordings, and those above the summary: a reader who types
 * "bone broth" wants the bone-broth entry first, not every summary that mentions broth in passing.
 * ignoreLocation because a match deep in a long summary counts as much as one at its start;
 * the threshold lets one or two typos through ("colagen") but not unrelated words.
 */
const OPTIONS: IFuseOptions<Claim> = {
  keys: [
    { name: 'claim', weight: 3 },
    { name: 'examples.asserts', weight: 2 },
    { name: 'summary', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

/**
 * Browses the database: fuzzy search over each entry's claim, typical wordings and summary (best
 * match first), narrowed by verdict and evidence level. With no words, entries keep the
 * database's order. Pure, so the page and its tests share it.
 */
export function createClaimBrowser(claims: readonly Claim[]): (query: BrowseQuery) => Claim[] {
  const fuse = new Fuse(claims, OPTIONS);
  return ({ text, verdict, evidence }) => {
    const words = text.trim();
    const found = words ? fuse.search(words).map((r) => r.item) : [...claims];
    return found.filter((c) => (!verdict || c.verdict === verdict) && (!evidence || c.evidence === evidence));
  };
}
