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
 * Loads and validates the database once per process. Throws DatabaseError (names file and
 * field) or DatabaseFolderError; main turns both into exit status 2.
 */
export function openDatabase(dir: string = DATA_DIR): Database {
  let claims: Claim[];
  try {
    claims = loadDatabase(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES') {
      throw new DatabaseFolderError(`cannot read the claims database folder ${dir} (${code})`);
    }
    throw err;
  }
  return { dir, claims, byId: new Map(claims.map((c) => [c.id, c])) };
}
