/** Validates claims/data against the schema and the taxonomy; run by the build and by hand. */
import { formatClaim } from '../claims/database';
import { readClaimFiles, loadDatabase, readTaxonomyIds } from '../claims/cli/load-database';

const claims = loadDatabase();
const problems: string[] = [];
const files = new Map(readClaimFiles().map((f) => [f.name, f.raw]));
for (const c of claims) {
  if (files.get(`${c.id}.json`) !== formatClaim(c)) problems.push(`${c.id}.json: not canonical (run: npx tsx scripts/format-claims.ts)`);
}
try {
  const ids = readTaxonomyIds();
  const known = new Set(claims.flatMap((c) => [c.id, ...(c.aliases ?? [])]));
  for (const id of ids) if (!known.has(id)) problems.push(`taxonomy id "${id}" has no entry or alias`);
} catch {
  console.warn('note: ../shared/claims-taxonomy.md not found; taxonomy coverage not checked');
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`claims OK: ${claims.length} entries`);
