/**
 * Builds the `gutcheck` command into prebuilt JavaScript in dist/, so the command starts without
 * compiling TypeScript (tsx took about a second at every run). Run by npm's `prepare` step (so
 * `npm ci` leaves a working command) and by bin/gutcheck.js when a source is newer.
 * - dist/gutcheck.cjs: the command, with the engine, zod and the checked claims data inlined;
 * - dist/html-text.cjs: the HTML reader (happy-dom, most of the code), loaded only for .html input;
 * - dist/gutcheck.v8cache: V8's code cache of the command after a sample scan (see bin/gutcheck.js).
 * CommonJS rather than ESM because only a classic script can be started from a code cache on
 * Node 20 (vm.Script's cachedData); the cache took about a third off the command's start-up.
 * Plain JavaScript on purpose: it must run before anything else is built.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTDIR = join(ROOT, 'dist');
/** The command's sources: the claims folder holds the engine, the command and their JSON data. */
const SOURCES = join(ROOT, 'claims');

/**
 * esbuild loads only when a build is due, so a command with a fresh build never pays for it.
 * Several commands may find the build stale at once (the tests run them in parallel): each file
 * is written to a temporary name and renamed, so a reader never sees half a file; the reader
 * first and the command last, so a command that sees the new bundle finds the reader it needs,
 * and a code cache is only used when its header names the bundle's own hash.
 */
export async function buildCommand() {
  const { build } = await import('esbuild');
  const { claims, lexicon } = await checkedData(build);
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Node built-ins stay require()s; zod, happy-dom and the engine's JSON data are inlined.
    packages: 'bundle',
    legalComments: 'none',
    // import.meta does not exist in CommonJS; claims/cli/load-database.ts finds the data folder from it.
    banner: { js: "const __gutcheckUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__gutcheckUrl' },
    logLevel: 'warning',
    write: false,
  };
  const [reader, command] = await Promise.all([
    build({ ...common, entryPoints: [join(SOURCES, 'cli', 'html-text.ts')], outfile: join(OUTDIR, 'html-text.cjs') }),
    build({
      ...common,
      entryPoints: [join(SOURCES, 'cli', 'main.ts')],
      outfile: join(OUTDIR, 'gutcheck.cjs'),
      // The command require()s the reader's own bundle when an .html file comes in.
      plugins: [{ name: 'html-reader', setup: (b) => b.onResolve({ filter: /^\.\/html-text$/ }, () => ({ path: './html-text.cjs', external: true })) }],
      supported: { 'dynamic-import': false },
      // The claims database, validated above, as one JSON string (see claims/cli/database.ts):
      // JSON.parse reads it faster than V8 compiles the same object literal.
      // The lexicon those claims and the vocabulary compile to, packed (claims/engine/lexicon.ts).
      define: { ...common.define, GUTCHECK_BUNDLED_CLAIMS: JSON.stringify(claims), GUTCHECK_BUNDLED_LEXICON: JSON.stringify(lexicon) },
    }),
  ]);
  mkdirSync(OUTDIR, { recursive: true });
  for (const file of reader.outputFiles) writeAtomically(file.path, file.contents);
  for (const file of command.outputFiles) writeAtomically(file.path, withBuildId(file.text));
  // The ESM build of earlier versions: nothing loads it any more.
  rmSync(join(OUTDIR, 'gutcheck.mjs'), { force: true });
  rmSync(join(OUTDIR, 'chunks'), { recursive: true, force: true });
  writeCodeCache(claims);
}

/**
 * Runs the new command once on a sample of the claims' own examples, with bin/gutcheck.js told
 * to save V8's code cache at exit: it then holds the bytecode of every function a scan needs, not
 * only the top level. A failed sample run is a failed build.
 */
function writeCodeCache(claimsJson) {
  const sample = JSON.parse(claimsJson)
    .flatMap((c) => [...c.examples.asserts.slice(0, 2), ...c.examples.mentions.slice(0, 1)])
    .map((text, doc) => `${JSON.stringify({ doc, text })}\n`)
    .join('');
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'gutcheck.js'), 'scan', '--jsonl'], {
    input: sample,
    env: { ...process.env, GUTCHECK_CODE_CACHE: 'write' },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  if (run.status !== 0) {
    // The bundle is in place already: take it away, so the next run builds again rather than
    // running a command that has just failed.
    rmSync(join(OUTDIR, 'gutcheck.cjs'), { force: true });
    const how = run.error ? run.error.message : run.signal ? `signal ${run.signal}` : `exit status ${run.status}`;
    throw new Error(`the built command failed its sample scan (${how})`);
  }
}

/**
 * The bundle ends with a comment naming the hash of its own text; bin/gutcheck.js uses a code
 * cache only when the cache starts with the same name, without hashing 0.5 MB (and loading
 * node:crypto) at every start.
 */
function withBuildId(text) {
  return `${text}//# gutcheckBuild=${createHash('sha256').update(text).digest('hex')}\n`;
}

function writeAtomically(path, contents) {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

/**
 * The command inlines the claims database, the vocabulary and the stance model and trusts them at
 * run time (zod took 10-15 ms of every start), so the build checks them first with the same
 * schemas: a bad file stops the build, naming the file and field. Returns the validated claims and
 * their packed lexicon, each as JSON text. (`--data DIR` is read from disk and validated, and its
 * lexicon built, at run time.)
 */
async function checkedData(build) {
  const check = await build({
    stdin: {
      contents: [
        "import { bundledVocabulary, checkBundledData } from './engine/bundled-data';",
        "import { buildLexicon } from './engine/compile';",
        "import { loadDatabase } from './cli/load-database';",
        'checkBundledData();',
        'const db = loadDatabase();',
        'export const claims = JSON.stringify(db);',
        'export const lexicon = JSON.stringify(buildLexicon(db, bundledVocabulary).pack());',
      ].join('\n'),
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
  return import(`data:text/javascript;base64,${Buffer.from(check.outputFiles[0].contents).toString('base64')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCommand();
