#!/usr/bin/env node
// Runs the prebuilt command (dist/gutcheck.mjs, made by `npm ci`'s prepare step). In a working
// tree where a source under claims/ is newer than the build, it is rebuilt first (about 0.3 s),
// so the command never runs stale code.
import { existsSync, statSync } from 'node:fs';

const built = new URL('../dist/gutcheck.mjs', import.meta.url);
const sources = new URL('../claims/', import.meta.url);
if (existsSync(sources)) {
  const { buildCommand, newestSource } = await import('../scripts/build-command.mjs');
  if (!existsSync(built) || statSync(built).mtimeMs < newestSource()) {
    // The build checks the claim files it inlines: a bad one is a database error (exit status 2,
    // as when --data names a bad folder), named by file and field, not a stack trace.
    await buildCommand().catch((err) => {
      process.stderr.write(`gutcheck: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    });
  }
}
await import(built.href);
