/**
 * `web-ext lint` (Mozilla's addons-linter, the same rules AMO runs on upload) over an unpacked
 * Firefox package, and the few findings in bundled third-party code we accept, each tied to the
 * code it is about so that the same warning from our own code still fails.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const messageSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().nullable().optional(),
  column: z.number().nullable().optional(),
});
export type LintMessage = z.infer<typeof messageSchema>;

const reportSchema = z.object({
  summary: z.object({ errors: z.number(), warnings: z.number(), notices: z.number() }),
  errors: z.array(messageSchema),
  warnings: z.array(messageSchema),
  notices: z.array(messageSchema),
});
export type LintReport = z.infer<typeof reportSchema>;

/** Runs the linter on `dir`. NO_UPDATE_NOTIFIER: web-ext would otherwise ask the npm registry for a newer version. */
export function lintPackage(dir: string): LintReport {
  const bin = resolve('node_modules/.bin/web-ext');
  const run = spawnSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!run.stdout.trim()) throw new Error(`web-ext lint printed no report (exit ${run.status}): ${run.stderr}`);
  return reportSchema.parse(JSON.parse(run.stdout));
}

interface Accepted {
  code: string;
  /** The finding's file in the package (bundle names carry a content hash). */
  file: RegExp;
  /** Must match the minified code around the reported line and column: this is what ties it to the library. */
  context: RegExp;
  reason: string;
}

/** Findings in bundled libraries we accept. Our own code may not use innerHTML at all (see the test). */
export const ACCEPTED: readonly Accepted[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // With several React pages Vite moves react-dom into a shared chunk, named after one of its
    // modules (jsx-runtime, later settings-store as pages were added): any chunk, tied by `context`.
    file: /^(content-scripts\/scan|chunks\/[\w-]+)\.js$/,
    context: /__html[^;]{0,120}\.innerHTML=/,
    reason:
      "react-dom's dangerouslySetInnerHTML branch (two copies: ordinary and custom elements). GutCheck never " +
      'passes dangerouslySetInnerHTML, so the branch never runs; page text reaches our UI only as React text nodes.',
  },
];

/** About 200 characters of the package file before the finding and 60 after it. */
export function contextOf(dir: string, m: LintMessage): string {
  if (!m.file || !m.line) return '';
  const line = readFileSync(join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const col = (m.column ?? 1) - 1;
  return line.slice(Math.max(0, col - 200), col + 60);
}

/** The reason a finding is accepted, or undefined when it must fail the check. */
export function acceptedBecause(dir: string, m: LintMessage): string | undefined {
  const hit = ACCEPTED.find((a) => a.code === m.code && a.file.test(m.file ?? '') && a.context.test(contextOf(dir, m)));
  return hit?.reason;
}
