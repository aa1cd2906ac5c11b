/**
 * Validates claims/data against the schema and the taxonomy, and prints the reading grade of the
 * patient text (failing above the second edition's ceilings); run by `npm test` and by hand.
 */
import { formatClaim } from '../claims/database';
import { readClaimFiles, loadDatabase, readTaxonomyIds } from '../claims/cli/load-database';
import { databaseGrades, GRADE_CEILINGS, PATIENT_FIELDS } from './readability';

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
const grades = databaseGrades(claims);
for (const field of PATIENT_FIELDS) {
  const { mean, worst } = grades[field];
  const ceiling = GRADE_CEILINGS[field];
  console.log(`reading grade of ${field}: mean ${mean.toFixed(1)}${ceiling ? ` (at most ${ceiling})` : ''}, worst ${worst.grade.toFixed(1)} (${worst.id})`);
  if (ceiling !== undefined && mean > ceiling) problems.push(`mean reading grade of ${field} is ${mean.toFixed(1)}, above ${ceiling}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`claims OK: ${claims.length} entries`);
