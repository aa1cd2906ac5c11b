/**
 * The staleness check bin/gutcheck.js makes at every run in a working tree, kept apart from the
 * build (scripts/build-command.mjs) so that a fresh build costs only these few imports.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The command's sources: the claims folder holds the engine, the command and their JSON data. */
const SOURCES = join(ROOT, 'claims');
/** The build and the launcher whose sample run saves the code cache: a change to either rebuilds too. */
const BUILD_FILES = [join(ROOT, 'scripts', 'build-command.mjs'), join(ROOT, 'bin', 'gutcheck.js')];

/** Newest modification time of the code, data and build files the bundle is made from. */
export function newestSource() {
  return Math.max(newestUnder(SOURCES), ...BUILD_FILES.map((f) => statSync(f).mtimeMs));
}

function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      newest = Math.max(newest, newestUnder(path));
    } else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}
