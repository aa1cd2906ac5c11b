#!/usr/bin/env node
// Runs the prebuilt command (dist/gutcheck.cjs, made by `npm ci`'s prepare step). In a working
// tree where a source under claims/ is newer than the build, it is rebuilt first (about 1 s),
// so the command never runs stale code.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/**
 * GUTCHECK_CODE_CACHE: "write" (the build's sample run) saves V8's code cache at exit and skips
 * the staleness check; "off" ignores the cache; "report" says on stderr whether it was used.
 */
const mode = process.env.GUTCHECK_CODE_CACHE;
const bundle = fileURLToPath(new URL('../dist/gutcheck.cjs', import.meta.url));
const cacheFile = fileURLToPath(new URL('../dist/gutcheck.v8cache', import.meta.url));
const sources = new URL('../claims/', import.meta.url);
const BUILD_ID = '//# gutcheckBuild=';

if (existsSync(sources) && mode !== 'write') {
  const { newestSource } = await import('../scripts/command-sources.mjs');
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource()) {
    const { buildCommand } = await import('../scripts/build-command.mjs');
    // The build checks the claim files it inlines: a bad one is a database error (exit status 2,
    // as when --data names a bad folder), named by file and field, not a stack trace.
    await buildCommand().catch((err) => {
      process.stderr.write(`gutcheck: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    });
  }
}
runBundle();

/**
 * Runs the CommonJS bundle as a classic script so that V8 can start it from the code cache the
 * build saved: bytecode for the functions a scan needs, instead of parsing and compiling them at
 * every start. The cache is used only when its header is the build id of this very bundle (V8's
 * own check compares little more than the source's length) and V8 accepts it (same V8 version
 * and flags); otherwise the bundle is compiled as usual.
 */
function runBundle() {
  if (!existsSync(bundle)) {
    process.stderr.write('gutcheck: dist/gutcheck.cjs is missing: run `npm run build:command` (npm ci does it)\n');
    process.exit(2);
  }
  const source = readFileSync(bundle, 'utf8');
  // The build's id for this text (scripts/build-command.mjs writes it as the last line).
  const at = source.lastIndexOf(BUILD_ID);
  const key = at < 0 ? '' : source.slice(at + BUILD_ID.length).trim();
  let cachedData;
  let status = 'missing';
  if (key && mode !== 'write' && mode !== 'off' && existsSync(cacheFile)) {
    const stored = readFileSync(cacheFile);
    if (stored.subarray(0, key.length).toString('latin1') === key) cachedData = stored.subarray(key.length);
    else status = 'stale';
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: bundle, cachedData });
  if (cachedData) status = script.cachedDataRejected ? 'rejected' : 'used';
  if (mode === 'report') process.stderr.write(`gutcheck: code cache ${status}\n`);
  if (mode === 'write' && key) {
    process.once('exit', () => {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]));
      renameSync(temp, cacheFile);
    });
  }
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}
