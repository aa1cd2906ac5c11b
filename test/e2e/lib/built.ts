/**
 * The built packages as the stores receive them: .output/<target>/ (from `wxt build`) and the
 * zips (from `wxt zip`). The store checks read these files, never a manifest rebuilt in memory,
 * so they see what WXT and Vite really wrote.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { readZip } from './zip-reader';

export const TARGETS = ['chrome-mv3', 'firefox-mv2'] as const;
export type Target = (typeof TARGETS)[number];

const OUTPUT = resolve('.output');
const BUILD_HINT = 'run `npx wxt build && npx wxt build -b firefox` first (npm test does)';

/** The unpacked build of one target; a missing build is an error, never a skipped check. */
export function builtDir(target: Target): string {
  const dir = join(OUTPUT, target);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} has no manifest.json: ${BUILD_HINT}`);
  return dir;
}

/** The manifest exactly as written to disk. */
export function readBuiltManifest(target: Target): Record<string, unknown> {
  return JSON.parse(readFileSync(join(builtDir(target), 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The version WXT puts in the manifest and the zip names (package.json's). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  return pkg.version;
}

/** `wxt zip` output for one browser: gutcheck-<version>-<browser>.zip (firefox also has -sources.zip). */
export function zipPath(kind: 'chrome' | 'firefox' | 'sources'): string {
  const file = join(OUTPUT, `gutcheck-${packageVersion()}-${kind}.zip`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx wxt zip && npx wxt zip -b firefox\` (npm test does)`);
  return file;
}

/** Unpacks a zip into a fresh temporary folder, for tools that read folders (web-ext lint). */
export function extractZip(zip: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gutcheck-zip-'));
  for (const entry of readZip(zip)) {
    const out = join(dir, entry.name);
    if (!out.startsWith(dir + '/')) throw new Error(`${zip}: entry ${entry.name} points outside the folder`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, entry.data);
  }
  return dir;
}
