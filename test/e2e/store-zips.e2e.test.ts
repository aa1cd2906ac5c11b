/**
 * The zips `wxt zip` and `wxt zip -b firefox` made (scripts/zip-packages.sh, run by npm test
 * before this stage): each holds exactly its build, byte for byte; entries carry no timestamps,
 * which is why zipping the same build twice gives the same bytes (the script checks that too);
 * and the sources zip holds what a reviewer needs to rebuild, and no test output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDir, listFiles, zipPath } from './lib/built';
import { readZip } from './lib/zip-reader';

describe.each([
  ['chrome', 'chrome-mv3'],
  ['firefox', 'firefox-mv2'],
] as const)('the %s zip', (kind, target) => {
  const entries = readZip(zipPath(kind));

  it(`holds exactly the ${target} build, byte for byte`, () => {
    const built = builtDir(target);
    expect(entries.map((e) => e.name).sort()).toEqual(listFiles(built));
    for (const e of entries) expect(e.data.equals(readFileSync(join(built, e.name))), e.name).toBe(true);
  });

  it('records no timestamps (so the bytes depend on the files alone)', () => {
    expect(entries.filter((e) => e.dosDate !== 0 || e.dosTime !== 0).map((e) => e.name)).toEqual([]);
  });
});

describe('the sources zip (for AMO review)', () => {
  const names = readZip(zipPath('sources')).map((e) => e.name);

  it('holds what `npm ci && npx wxt zip -b firefox` needs', () => {
    for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'public/icon/128.png']) {
      expect(names, f).toContain(f);
    }
    for (const dir of ['entrypoints/', 'components/', 'claims/data/', 'claims/engine/']) {
      expect(names.some((n) => n.startsWith(dir)), dir).toBe(true);
    }
  });

  it('holds no build or test output and no dependencies', () => {
    expect(names.filter((n) => /^(node_modules|\.output|\.wxt|out|e2e-out|dist)\//.test(n))).toEqual([]);
  });
});
