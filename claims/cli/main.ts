/**
 * The `gutcheck` command (bin/gutcheck.js runs its prebuilt bundle, see scripts/build-command.mjs).
 * Exit status: 0 all scanned, 1 some input failed (named on stderr), 2 usage error or invalid
 * database.
 */
import { DatabaseError } from '../database';
import { createMatcher, type Matcher } from '../engine';
import { parseArgs, UsageError, type Command } from './args';
import { listClaims } from './claims-command';
import { DatabaseFolderError, openDatabase, type Database } from './database';
import { scanJsonl } from './jsonl-command';
import { processOutput, type Output } from './output';
import { scanFiles } from './scan-command';
import { USAGE } from './usage';

/** The engine rejects rules it cannot compile (e.g. an unknown concept): a database problem, exit 2. */
function buildMatcher(db: Database): Matcher {
  try {
    return createMatcher(db.claims, undefined, undefined, db.lexicon);
  } catch (err) {
    throw new DatabaseError(`the claims in ${db.dir} cannot be compiled: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function dispatch(command: Exclude<Command, { kind: 'help' }>, db: Database, io: Output): Promise<number> {
  if (command.kind === 'claims') return listClaims(command.format, db, io);
  // Built once per process, whatever the number of files or lines.
  const matcher = buildMatcher(db);
  if (command.format !== 'jsonl') return scanFiles(command.files, command.format === 'json', db, matcher, io);
  if (command.files.length > 1) throw new UsageError('scan --jsonl reads one input (a FILE or stdin)');
  return scanJsonl(command.files[0], matcher, io);
}

async function main(argv: readonly string[]): Promise<number> {
  const io = processOutput();
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      await io.write(USAGE);
      return 0;
    }
    const db = openDatabase(command.dataDir);
    if (!db.claims.length) io.error(`warning: the claims database in ${db.dir} has no entries`);
    return await dispatch(command, db, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.error(err.message);
      process.stderr.write(`\n${USAGE}`);
      return 2;
    }
    if (err instanceof DatabaseError || err instanceof DatabaseFolderError) {
      io.error(err.message);
      return 2;
    }
    io.error(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 2;
  }
}

// Not a top-level await: the bundle is CommonJS, so V8 can start it from a code cache.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
