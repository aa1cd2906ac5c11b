import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseError, parseClaimFiles, type ClaimFile } from '../database';
import type { Claim } from '../schema';

const here = dirname(fileURLToPath(import.meta.url));
/**
 * Folder of the bundled claim files: claims/data beside claims/cli when run from the sources,
 * or beside dist/ when the command runs prebuilt (dist/gutcheck.cjs, see scripts/build-command.mjs).
 */
export const DATA_DIR = [join(here, '..', 'data'), join(here, '..', 'claims', 'data')].find((dir) => existsSync(dir)) ?? join(here, '..', 'data');

/** Reads the raw claim files from disk (kept raw so the canonical-format test can compare bytes). */
export function readClaimFiles(dir = DATA_DIR): (ClaimFile & { raw: string })[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name), 'utf8');
      try {
        return { name, raw, data: JSON.parse(raw) as unknown };
      } catch (err) {
        throw new DatabaseError(`${name}: not valid JSON: ${(err as Error).message}`);
      }
    });
}

/** Loads and validates the database from disk; throws DatabaseError naming file and field. */
export function loadDatabase(dir = DATA_DIR): Claim[] {
  return parseClaimFiles(readClaimFiles(dir));
}

/** Where the shared taxonomy sits: `../shared` beside the repository, as in CI. */
export const TAXONOMY_PATH = join(DATA_DIR, '..', '..', '..', 'shared', 'claims-taxonomy.md');

/** The claim ids of the taxonomy table (`| id | ... |` rows), in file order. */
export function readTaxonomyIds(path = TAXONOMY_PATH): string[] {
  return [...readFileSync(path, 'utf8').matchAll(/^\| ([a-z0-9-]+) \|/gm)].map((m) => m[1]!).filter((id) => id !== 'id');
}
