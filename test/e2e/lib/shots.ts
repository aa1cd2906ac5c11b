import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Screenshots and logs of the end-to-end runs (gitignored). */
export const OUT_DIR = resolve('e2e-out');

/** Where a screenshot named `file` goes; creates e2e-out/ on first use. */
export function shotPath(file: string): string {
  mkdirSync(OUT_DIR, { recursive: true });
  return join(OUT_DIR, file);
}
