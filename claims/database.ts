import { claimSchema, type Claim, type Source } from './schema';

/** A claim file as read by an edge (fs in the command, import.meta.glob in the extension). */
export interface ClaimFile {
  /** File name, e.g. `bone-broth-heals-gut.json`; the id must equal it. */
  name: string;
  data: unknown;
}

/** Thrown when a claim file is invalid; the message names the file and the field. */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
}

/** Key order of a canonical claim file; formatting a parsed file must reproduce it byte for byte. */
const KEY_ORDER = Object.keys(claimSchema.shape);

/** Serialises a claim the one canonical way (schema key order, 2-space indent, final newline). */
export function formatClaim(claim: Claim): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = (claim as Record<string, unknown>)[key];
    if (value !== undefined) ordered[key] = value;
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * Validates every claim file and cross-checks the set: ids match file names, no id or alias is
 * used twice, and `related` points at real entries. Collects all problems before throwing.
 */
export function parseClaimFiles(files: readonly ClaimFile[]): Claim[] {
  const problems: string[] = [];
  const claims: Claim[] = [];
  for (const file of files) {
    const result = claimSchema.safeParse(file.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.length ? issue.path.join('.') : '(root)';
        problems.push(`${file.name}: field "${field}": ${issue.message}`);
      }
      continue;
    }
    if (`${result.data.id}.json` !== file.name) {
      problems.push(`${file.name}: field "id": "${result.data.id}" does not match the file name`);
    }
    claims.push(result.data);
  }
  const seen = new Map<string, string>();
  for (const claim of claims) {
    for (const name of [claim.id, ...(claim.aliases ?? [])]) {
      const owner = seen.get(name);
      if (owner) problems.push(`${claim.id}.json: id or alias "${name}" is already used by ${owner}`);
      seen.set(name, claim.id);
    }
  }
  for (const claim of claims) {
    for (const rel of claim.related ?? []) {
      if (!seen.has(rel)) problems.push(`${claim.id}.json: field "related": unknown id "${rel}"`);
    }
  }
  problems.push(...sourceConflicts(claims));
  if (problems.length) throw new DatabaseError(`Invalid claims database:\n  ${problems.join('\n  ')}`);
  return claims.sort((a, b) => a.id.localeCompare(b.id));
}

/** The identifiers a source can be found by; two entries citing one of them must cite the same work. */
function sourceKeys(s: Source): string[] {
  return [s.pmid && `PMID ${s.pmid}`, s.doi && `DOI ${s.doi.toLowerCase()}`, s.url && `URL ${s.url}`].filter((k): k is string => !!k);
}

/** An identifier cited with two different titles means one of the two citations is wrong. */
function sourceConflicts(claims: readonly Claim[]): string[] {
  const titles = new Map<string, { title: string; id: string }>();
  const problems: string[] = [];
  for (const claim of claims) {
    for (const source of claim.sources) {
      for (const key of sourceKeys(source)) {
        const first = titles.get(key);
        if (!first) titles.set(key, { title: source.title, id: claim.id });
        else if (first.title !== source.title) {
          problems.push(`${claim.id}.json: field "sources": ${key} is titled "${source.title}" here but "${first.title}" in ${first.id}.json`);
        }
      }
    }
  }
  return problems;
}
