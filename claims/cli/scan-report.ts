import type { ClaimHit } from '../engine';
import type { Claim } from '../schema';
import { sourceLinks } from '../claimreview';
import { STANCE_WORDS, evidenceWords, verdictWords } from '../words';
import { shortPassage } from './passage';

/** The first source as "Title (year) link", the one citation a terminal line has room for. */
function firstSource(claim: Claim): string {
  const source = claim.sources[0];
  if (!source) return '';
  const link = sourceLinks(source)[0];
  return `${source.title} (${source.year})${link ? ` ${link}` : ''}`;
}

function verdictLine(claim: Claim | undefined): string {
  return claim ? `${verdictWords(claim.verdict)} · Evidence: ${evidenceWords(claim.evidence)}` : 'not in the database';
}

function assertedBlock(n: number, hit: ClaimHit, text: string, claim: Claim | undefined): string[] {
  const lines = [
    `  ${n}. ${claim?.claim ?? hit.id}  [${hit.id}]`,
    `     Verdict: ${verdictLine(claim)}`,
    `     Passage: "${shortPassage(text.slice(hit.start, hit.end))}" (characters ${hit.start}-${hit.end})`,
  ];
  if (claim) lines.push(`     Source:  ${firstSource(claim)}`);
  return lines;
}

/**
 * The readable report for one scanned file: asserted claims first and in full; claims the
 * text only mentions or disputes afterwards, one quiet line each, so a debunking article does
 * not read as a list of claims it makes.
 */
export function formatReport(
  file: string,
  text: string,
  hits: readonly ClaimHit[],
  byId: ReadonlyMap<string, Claim>,
): string {
  const asserted = hits.filter((h) => h.stance === 'asserts');
  const others = hits.filter((h) => h.stance !== 'asserts');
  const lines = [file];
  if (!text.trim()) lines.push('  (no visible text)');
  else if (!asserted.length) lines.push('  No leaky-gut claims asserted.');
  else lines.push(`  ${asserted.length} claim${asserted.length === 1 ? '' : 's'} asserted:`);
  asserted.forEach((hit, i) => lines.push(...assertedBlock(i + 1, hit, text, byId.get(hit.id))));
  if (others.length) {
    lines.push('  Also mentioned, not asserted:');
    for (const hit of others) {
      const claim = byId.get(hit.id);
      const verdict = claim ? `, ${verdictWords(claim.verdict).toLowerCase()}` : '';
      lines.push(`   - ${hit.id} (${STANCE_WORDS[hit.stance].toLowerCase()}${verdict}): "${shortPassage(text.slice(hit.start, hit.end), 100)}"`);
    }
  }
  return `${lines.join('\n')}\n`;
}
