import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Page text reaches GutCheck's UI only as React text nodes: no source file of the extension or the
 * engine may use a DOM sink that parses a string as markup. (The HTML report is built as a string
 * for a file the person saves, with every page text escaped; it never enters a live DOM. The
 * command's HTML reader, claims/cli/html-text.ts, parses saved pages in Node on purpose.)
 */
const SINKS = /\b(?:innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|DOMParser)\b|document\.write\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('untrusted page text', () => {
  const files = ['components', 'entrypoints', 'claims'].flatMap(sources).filter((f) => !f.startsWith(join('claims', 'cli')));

  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith('EvidenceCard.tsx'))).toBe(true);
  });

  it('never reaches a DOM sink that parses markup', () => {
    const found = files.filter((f) => SINKS.test(readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
