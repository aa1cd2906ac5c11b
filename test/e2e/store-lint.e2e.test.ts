/**
 * AMO's linter on the Firefox package, unpacked (.output/firefox-mv2) and as uploaded (the
 * `wxt zip -b firefox` zip): no errors, and no warning or notice except the listed ones from
 * bundled libraries (test/e2e/lib/web-ext-lint.ts). Also: our own code uses none of the APIs
 * the linter warns about, which is what makes accepting the library warnings safe.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDir, extractZip, listFiles, zipPath } from './lib/built';
import { acceptedBecause, lintPackage, type LintReport } from './lib/web-ext-lint';

/** Every finding that is not an accepted library warning, as "CODE file:line message". */
function unaccepted(dir: string, report: LintReport): string[] {
  const findings = [...report.errors.map((m) => ({ ...m, error: true })), ...report.warnings, ...report.notices];
  return findings
    .filter((m) => ('error' in m) || !acceptedBecause(dir, m))
    .map((m) => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
}

describe('web-ext lint (AMO rules)', () => {
  it('passes on the unpacked Firefox build', () => {
    const dir = builtDir('firefox-mv2');
    const report = lintPackage(dir);
    expect(report.errors).toEqual([]);
    expect(unaccepted(dir, report)).toEqual([]);
  });

  it('passes on the Firefox zip as uploaded', () => {
    const dir = extractZip(zipPath('firefox'));
    const report = lintPackage(dir);
    expect(report.errors).toEqual([]);
    expect(unaccepted(dir, report)).toEqual([]);
  });
});

describe('our own code', () => {
  // The linter's warnings, in the source: HTML from strings and code from strings.
  const RISKY = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|eval)\b|new Function\b|\bFunction\(/;

  it('builds no HTML or code from strings (so the accepted react-dom warning never fires for us)', () => {
    const offenders: string[] = [];
    for (const root of ['entrypoints', 'components', 'claims']) {
      for (const f of listFiles(root).filter((p) => /\.(ts|tsx)$/.test(p))) {
        const lines = readFileSync(join(root, f), 'utf8').split('\n');
        lines.forEach((line, i) => {
          const code = line.replace(/\/\/.*$|^\s*\*.*$/, ''); // comments may name the APIs
          if (RISKY.test(code)) offenders.push(`${root}/${f}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(offenders).toEqual([]);
  });
});
