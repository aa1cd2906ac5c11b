import type { Claim } from '../schema';
import type { PackedLexicon } from '../engine';
import { DATA_DIR, loadDatabase } from './load-database';

/** The loaded claims, indexed by id for the reports. */
export interface Database {
  dir: string;
  claims: Claim[];
  byId: ReadonlyMap<string, Claim>;
  /** The bundled claims' lexicon, packed when the command was built; absent for any other database. */
  lexicon?: PackedLexicon;
}

/** The database folder cannot be read at all (as opposed to an invalid entry: DatabaseError). */
export class DatabaseFolderError extends Error {
  override name = 'DatabaseFolderError';
}

/**
 * The claims database as JSON, as the command's build validated it, and the engine's lexicon of
 * those claims and the bundled vocabulary, packed (scripts/build-command.mjs defines both);
 * absent when the command runs from the sources.
 */
declare const GUTCHECK_BUNDLED_CLAIMS: string | undefined;
declare const GUTCHECK_BUNDLED_LEXICON: string | undefined;

/**
 * Loads and validates the database once per process (the prebuilt command's own database was
 * validated when it was built; the sources and `--data DIR` are read and validated here).
 * Throws DatabaseError (names file and field) or DatabaseFolderError; main turns both into exit
 * status 2.
 */
export function openDatabase(dir?: string): Database {
  if (dir === undefined && typeof GUTCHECK_BUNDLED_CLAIMS === 'string' && typeof GUTCHECK_BUNDLED_LEXICON === 'string') {
    return { ...indexed(DATA_DIR, JSON.parse(GUTCHECK_BUNDLED_CLAIMS) as Claim[]), lexicon: JSON.parse(GUTCHECK_BUNDLED_LEXICON) as PackedLexicon };
  }
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
