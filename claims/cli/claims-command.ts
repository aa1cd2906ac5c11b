import type { Claim } from '../schema';
import { toClaimReview } from '../claimreview';
import { evidenceWords, verdictWords } from '../words';
import type { ClaimsFormat } from './args';
import type { Database } from './database';
import type { Output } from './output';

function pad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

/** A plain-text table: id, verdict, evidence, and the claim line (cut to fit 120 columns). */
function formatTable(claims: readonly Claim[]): string {
  const rows = claims.map((c) => [c.id, verdictWords(c.verdict), evidenceWords(c.evidence), c.claim]);
  const head = ['ID', 'VERDICT', 'EVIDENCE', 'CLAIM'];
  const widths = [0, 1, 2].map((i) => Math.max(head[i]!.length, ...rows.map((r) => r[i]!.length)));
  const room = Math.max(30, 120 - widths.reduce((a, w) => a + w + 2, 0));
  const line = (r: string[]) => {
    const claim = r[3]!.length > room ? `${r[3]!.slice(0, room - 1)}…` : r[3]!;
    return [pad(r[0]!, widths[0]!), pad(r[1]!, widths[1]!), pad(r[2]!, widths[2]!), claim].join('  ').trimEnd();
  };
  const count = `${claims.length} claim${claims.length === 1 ? '' : 's'}`;
  return `${[line(head), ...rows.map(line)].join('\n')}\n${count}\n`;
}

/**
 * `gutcheck claims [--json | --claimreview]`. --json prints the validated entries whole (the
 * same shape as the data files), so tools need no second reader. Succeeds once the database loaded.
 */
export async function listClaims(format: ClaimsFormat, db: Database, io: Output): Promise<number> {
  if (format === 'json') await io.write(`${JSON.stringify(db.claims, null, 2)}\n`);
  else if (format === 'claimreview') await io.write(`${JSON.stringify(db.claims.map((c) => toClaimReview(c)), null, 2)}\n`);
  else await io.write(formatTable(db.claims));
  return 0;
}
