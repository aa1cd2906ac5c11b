/**
 * No remote address in the packages but the ones a reviewer can account for: every http(s) URL
 * in every text file of .output/chrome-mv3 and .output/firefox-mv2 must be a source link a card
 * shows or a listed library constant (test/e2e/lib/bundle-urls.ts says why each is there).
 * Full zod once put JSON-schema URLs here; the extension now uses zod/mini.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatabase } from '../../claims/cli/load-database';
import { builtDir, listFiles, TARGETS } from './lib/built';
import { allowedBecause, findUrls, SOURCE_LINK_PREFIXES, sourceUrls } from './lib/bundle-urls';

const BINARY = /\.(png|jpe?g|gif|webp|ico|woff2?)$/i;
const sources = sourceUrls(loadDatabase());

describe.each(TARGETS)('remote URLs in the %s bundle', (target) => {
  const dir = builtDir(target);
  const files = listFiles(dir).filter((f) => !BINARY.test(f));

  it('are all source links or listed library constants', () => {
    const unexplained: string[] = [];
    for (const file of files) {
      for (const url of findUrls(readFileSync(join(dir, file), 'utf8'))) {
        if (!allowedBecause(url, sources)) unexplained.push(`${file}: ${url}`);
      }
    }
    expect(unexplained, 'remove these from the bundle, or list them with a reason in test/e2e/lib/bundle-urls.ts').toEqual([]);
  });

  it('finds what it looks for (the source links are there)', () => {
    // Guards the check itself: if the scan read nothing, the test above would pass vacuously.
    const all = files.flatMap((f) => findUrls(readFileSync(join(dir, f), 'utf8')));
    expect(all.some((u) => sources.has(u))).toBe(true);
    for (const prefix of SOURCE_LINK_PREFIXES) expect(all.some((u) => u.startsWith(prefix))).toBe(true);
  });
});

describe('the allowlist matches the card', () => {
  it("SourceList's link templates are the allowed prefixes", () => {
    const card = readFileSync('components/SourceList.tsx', 'utf8');
    for (const prefix of SOURCE_LINK_PREFIXES) expect(card).toContain(`\`${prefix}\${source.`);
  });
});
