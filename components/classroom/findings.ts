import { assertedOnPage } from '@/claims/engine/page-stance';
import type { Stance } from '@/claims/engine/types';
import type { Claim } from '@/claims/schema';

/** One passage where a page names a claim: the engine's hit, or a tab's stored result. */
export interface Passage {
  id: string;
  stance: Stance;
  /** The words that matched, as the page writes them. */
  text: string;
  /** The rest of the sentence around `text`, where known (the demo has it; a tab's stored results do not). */
  before?: string;
  after?: string;
}

/** A claim as a lesson or a report shows it: the page's passage, its reading, and the database entry. */
export interface Finding extends Passage {
  claim: Claim;
  /** Which post or page it came from, when one list holds several (the demo). */
  where?: string;
}

/**
 * One finding per claim, in the order the page first names each claim, read as the page reads
 * overall (assertedOnPage, the rule the badge uses): a claim the page makes shows a passage that
 * makes it; one it only disputes or mentions shows the first passage that does so. A claim
 * missing from the database (an older tab's results) is left out.
 */
export function pickFindings(passages: readonly Passage[], lookup: (id: string) => Claim | undefined, where?: string): Finding[] {
  const asserted = assertedOnPage(passages);
  const byId = new Map<string, Passage[]>();
  for (const p of passages) byId.set(p.id, [...(byId.get(p.id) ?? []), p]);
  const out: Finding[] = [];
  for (const [id, list] of byId) {
    const claim = lookup(id);
    const pick = asserted.has(id) ? list.find((p) => p.stance === 'asserts') : (list.find((p) => p.stance === 'refutes') ?? list[0]);
    if (claim && pick) out.push({ ...pick, claim, ...(where !== undefined && { where }) });
  }
  return out;
}

/** The sentence a finding sits in, in one line: what a report quotes. */
export function findingSentence(f: Pick<Passage, 'text' | 'before' | 'after'>): string {
  return `${f.before ?? ''}${f.text}${f.after ?? ''}`.replace(/\s+/g, ' ').trim();
}
