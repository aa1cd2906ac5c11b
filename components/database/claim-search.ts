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
 * Words a question is built from, and the two words nearly every entry holds: "does bone broth heal
 * leaky gut" is looked up by "bone", "broth" and "heal". Searched as one string, such a question
 * matched nothing, or put the entry it named far down the list.
 */
const PLAIN_WORDS = new Set([
  'a', 'an', 'and', 'are', 'can', 'could', 'do', 'does', 'for', 'from', 'how', 'i', 'if', 'in', 'is', 'it',
  'my', 'of', 'on', 'or', 'really', 'should', 'that', 'the', 'to', 'what', 'why', 'will', 'with', 'you', 'your',
  'leaky', 'gut', 'guts',
]);

/**
 * Browses the database: fuzzy search over each entry's claim, typical wordings and summary,
 * narrowed by verdict and evidence level. A query of several words is looked up word by word
 * (plain words left out) and entries ranked by how well they match all of them: one that matches
 * every word comes before one that matches a single word well. With no words, entries keep the
 * database's order. Pure, so the page and its tests share it.
 */
export function createClaimBrowser(claims: readonly Claim[]): (query: BrowseQuery) => Claim[] {
  const fuse = new Fuse(claims, { ...OPTIONS, includeScore: true });
  const search = (text: string): Claim[] => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const telling = [...new Set(words.filter((w) => !PLAIN_WORDS.has(w)))];
    // Only plain words ("leaky gut"): the string as typed.
    if (!telling.length) return fuse.search(text).map((r) => r.item);
    // Each entry's scores summed over the words (0 is a perfect match); a word it does not match
    // costs 1, the worst score, so an entry first found by a later word owes 1 for each earlier one.
    const total = new Map<Claim, number>();
    telling.forEach((word, k) => {
      const scores = new Map(fuse.search(word).map((r) => [r.item, r.score ?? 0]));
      for (const claim of scores.keys()) if (!total.has(claim)) total.set(claim, k);
      for (const [claim, sum] of total) total.set(claim, sum + (scores.get(claim) ?? 1));
    });
    return [...total].sort((a, b) => a[1] - b[1]).map(([claim]) => claim);
  };
  return ({ text, verdict, evidence }) => {
    const found = text.trim() ? search(text.trim()) : [...claims];
    return found.filter((c) => (!verdict || c.verdict === verdict) && (!evidence || c.evidence === evidence));
  };
}
