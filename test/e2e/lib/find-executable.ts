import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A browser binary: the path in `envVar` when set (and nothing else, so a wrong setting is not
 * silently replaced), else Debian's `debianPath`, else the first of `names` on PATH.
 */
export function findExecutable(envVar: string, debianPath: string, names: readonly string[]): string | undefined {
  const env = process.env[envVar];
  if (env) return isExecutable(env) ? env : undefined;
  if (isExecutable(debianPath)) return debianPath;
  for (const name of names) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir && isExecutable(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}
