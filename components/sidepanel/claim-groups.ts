import { assertedOnPage } from '@/claims/engine/page-stance';
import type { Stance } from '@/claims/engine/types';
import { VERDICTS, type Verdict } from '@/claims/schema';
import { verdictLabel } from '../words';

/** One passage found on a page (a tab's results carry exactly these fields) or in pasted text. */
export interface FoundPassage {
  id: string;
  stance: Stance;
  verdict: Verdict;
  text: string;
}

/** A list group: one verdict, or the quiet group of claims the text only mentions or disputes. */
export type GroupKey = Verdict | 'context';

/** Most doubtful first, as a reader checking a page wants; the context group always last. */
export const GROUP_ORDER: readonly GroupKey[] = [...[...VERDICTS].reverse(), 'context'];

/** One claim of a group with its passages, in the order they were found. */
export interface ListedClaim {
  id: string;
  verdict: Verdict;
  passages: FoundPassage[];
}

export interface ClaimGroup {
  key: GroupKey;
  claims: ListedClaim[];
}

/**
 * Groups passages by claim, and claims by verdict. A passage counts under its verdict only when
 * it asserts a claim the text asserts overall (assertedOnPage, as the badge counts); refutations,
 * mentions, and assertions of a claim the text disputes more often go to the context group. So
 * the verdict groups hold exactly the badge's claims. Empty groups are left out.
 */
export function groupPassages(passages: readonly FoundPassage[]): ClaimGroup[] {
  const asserted = assertedOnPage(passages);
  const byGroup = new Map<GroupKey, Map<string, ListedClaim>>();
  for (const p of passages) {
    const key: GroupKey = p.stance === 'asserts' && asserted.has(p.id) ? p.verdict : 'context';
    const claims = byGroup.get(key) ?? new Map<string, ListedClaim>();
    byGroup.set(key, claims);
    const claim = claims.get(p.id) ?? { id: p.id, verdict: p.verdict, passages: [] };
    claims.set(p.id, claim);
    if (!claim.passages.some((q) => q.stance === p.stance && q.text === p.text)) claim.passages.push(p);
  }
  return GROUP_ORDER.flatMap((key) => {
    const claims = byGroup.get(key);
    return claims ? [{ key, claims: [...claims.values()] }] : [];
  });
}

/** What the reader narrowed the list to: words to find, and one verdict or any. */
export interface ListQuery {
  text: string;
  verdict: Verdict | '';
}

export const NO_FILTER: ListQuery = { text: '', verdict: '' };

/**
 * Keeps the claims of `verdict` (in the context group too) whose statement, passages or verdict
 * words hold every word typed, in any order and case. Plain word matching rather than fuzzy: the
 * list is short, and a reader looking for a word they saw on the page wants exactly that word.
 */
export function filterGroups(groups: readonly ClaimGroup[], query: ListQuery, statementOf: (id: string) => string): ClaimGroup[] {
  const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
  const keep = (c: ListedClaim) => {
    if (query.verdict && c.verdict !== query.verdict) return false;
    const hay = [statementOf(c.id), verdictLabel(c.verdict), ...c.passages.map((p) => p.text)].join('\n').toLowerCase();
    return words.every((w) => hay.includes(w));
  };
  return groups.flatMap((g) => {
    const claims = g.claims.filter(keep);
    return claims.length ? [{ key: g.key, claims }] : [];
  });
}

/** How many claims the groups hold (a claim in a verdict group and in the context group counts twice). */
export function claimTotal(groups: readonly ClaimGroup[]): number {
  return groups.reduce((n, g) => n + g.claims.length, 0);
}

/** Asserted claims per verdict, most doubtful first, verdicts with none left out (the popup's counts). */
export function verdictCounts(groups: readonly ClaimGroup[]): { verdict: Verdict; count: number }[] {
  return groups.flatMap((g) => (g.key === 'context' ? [] : [{ verdict: g.key, count: g.claims.length }]));
}
