import type { Claim } from '../schema';
import { DATA_DIR, loadDatabase } from './load-database';

/** The loaded claims, indexed by id for the reports. */
export interface Database {
  dir: string;
  claims: Claim[];
  byId: ReadonlyMap<string, Claim>;
}

/** The database folder cannot be read at all (as opposed to an invalid entry: DatabaseError). */
export class DatabaseFolderError extends Error {
  override name = 'DatabaseFolderError';
}

/**
 * The claims database as JSON, as the command's build validated it (scripts/build-command.mjs
 * defines it); absent when the command runs from the sources.
 */
declare const GUTCHECK_BUNDLED_CLAIMS: string | undefined;

/**
 * Loads and validates the database once per process (the prebuilt command's own database was
 * validated when it was built; the sources and `--data DIR` are read and validated here).
 * Throws DatabaseError (names file and field) or DatabaseFolderError; main turns both into exit
 * status 2.
 */
export function openDatabase(dir?: string): Database {
  if (dir === undefined && typeof GUTCHECK_BUNDLED_CLAIMS === 'string') return indexed(DATA_DIR, JSON.parse(GUTCHECK_BUNDLED_CLAIMS) as Claim[]);
  const folder = dir ?? DATA_DIR;
  return indexed(folder, readFolder(folder));
}

function indexed(dir: string, claims: Claim[]): Database {
  return { dir, claims, byId: new Map(claims.map((c) => [c.id, c])) };
}

function readFolder(dir: string): Claim[] {
  try {
    return loadDatabase(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES') {
      throw new DatabaseFolderError(`cannot read the claims database folder ${dir} (${code})`);
    }
    throw err;
  }
}
