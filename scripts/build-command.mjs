/**
 * Builds the `gutcheck` command into one prebuilt file, dist/gutcheck.mjs, so the command starts
 * without compiling TypeScript (tsx took about a second at every run). Run by npm's `prepare`
 * step (so `npm ci` leaves a working command) and by bin/gutcheck.js when a source is newer.
 * Plain JavaScript on purpose: it must run before anything else is built.
 */
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTDIR = join(ROOT, 'dist');
/** The command's sources: the claims folder holds the engine, the command and their JSON data. */
const SOURCES = join(ROOT, 'claims');

/** Newest modification time of the code and data the bundle is built from. */
export function newestSource(dir = SOURCES) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      newest = Math.max(newest, newestSource(path));
    } else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * esbuild loads only when a build is due, so a command with a fresh build never pays for it.
 * Several commands may find the build stale at once (the tests run them in parallel): each file
 * is written to a temporary name and renamed, so a reader never sees half a file, and chunk names
 * carry a content hash, so two builds of the same sources write the same files.
 */
export async function buildCommand() {
  const { build } = await import('esbuild');
  const claims = await checkedData(build);
  const result = await build({
    entryPoints: { gutcheck: join(SOURCES, 'cli', 'main.ts') },
    outdir: OUTDIR,
    outExtension: { '.js': '.mjs' },
    // The HTML reader (happy-dom, most of the code) is its own chunk, loaded only for .html input.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Node built-ins stay imports; zod, fuse.js and the engine's JSON data are inlined.
    packages: 'bundle',
    legalComments: 'none',
    // Bundled CommonJS code (happy-dom's dependencies) calls require(); ESM output has none.
    banner: { js: "import { createRequire as __gutcheckRequire } from 'node:module'; const require = __gutcheckRequire(import.meta.url);" },
    // The claims database, validated above, as one JSON string (see claims/cli/database.ts):
    // JSON.parse reads it faster than V8 compiles the same object literal.
    define: { GUTCHECK_BUNDLED_CLAIMS: JSON.stringify(claims) },
    logLevel: 'warning',
    write: false,
  });
  // Chunks first, the entry last: a command that sees the new entry finds every chunk it imports.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path.endsWith('gutcheck.mjs')) - Number(b.path.endsWith('gutcheck.mjs')));
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.contents);
    renameSync(temp, file.path);
  }
}

/**
 * The command inlines the claims database, the vocabulary and the stance model and trusts them at
 * run time (zod took 10-15 ms of every start), so the build checks them first with the same
 * schemas: a bad file stops the build, naming the file and field. Returns the validated claims as
 * JSON text. (`--data DIR` is read from disk and validated at run time.)
 */
async function checkedData(build) {
  const check = await build({
    stdin: {
      contents: "import { checkBundledData } from './engine/bundled-data'; import { loadDatabase } from './cli/load-database'; checkBundledData(); export const claims = JSON.stringify(loadDatabase());",
      resolveDir: SOURCES,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    // load-database finds claims/data beside its own file: from a data: URL there is none.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(SOURCES, 'cli', 'load-database.ts')).href) },
    logLevel: 'warning',
    write: false,
  });
  const { claims } = await import(`data:text/javascript;base64,${Buffer.from(check.outputFiles[0].contents).toString('base64')}`);
  return claims;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCommand();
