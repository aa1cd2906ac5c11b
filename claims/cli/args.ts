/**
 * Hand-rolled argument parsing (no dependency): a command word, then flags and file names in
 * any order; `--` ends the flags; `-` names stdin.
 */

/** Output of `scan`: readable report, one JSON array, or JSON lines in and out. */
export type ScanFormat = 'text' | 'json' | 'jsonl';
/** Output of `claims`: readable table, entries as JSON, or schema.org ClaimReview. */
export type ClaimsFormat = 'table' | 'json' | 'claimreview';

/** What the command line asks for; `dataDir` overrides the bundled claims/data. */
export type Command =
  | { kind: 'help' }
  | { kind: 'scan'; format: ScanFormat; files: string[]; dataDir?: string }
  | { kind: 'claims'; format: ClaimsFormat; dataDir?: string };

/** A mistake in the command line; main prints it with the usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const FORMAT_FLAGS: Record<'scan' | 'claims', Record<string, string>> = {
  scan: { '--json': 'json', '--jsonl': 'jsonl' },
  claims: { '--json': 'json', '--claimreview': 'claimreview' },
};

/** Parses argv (without node and the script); throws UsageError. */
export function parseArgs(argv: readonly string[]): Command {
  const [word, ...rest] = argv;
  if (word === undefined || word === '--help' || word === '-h' || word === 'help') return { kind: 'help' };
  if (word !== 'scan' && word !== 'claims') {
    throw new UsageError(word.startsWith('-') ? `unknown option "${word}"` : `unknown command "${word}"`);
  }
  let format: string | undefined;
  let dataDir: string | undefined;
  const files: string[] = [];
  let flagsDone = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (flagsDone || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
    } else if (arg === '--') {
      flagsDone = true;
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else if (arg === '--data' || arg.startsWith('--data=')) {
      dataDir = arg === '--data' ? rest[++i] : arg.slice('--data='.length);
      if (!dataDir) throw new UsageError('--data needs a folder');
    } else if (FORMAT_FLAGS[word][arg]) {
      const wanted = FORMAT_FLAGS[word][arg];
      if (format && format !== wanted) throw new UsageError(`choose one output format, not both ${format} and ${wanted}`);
      format = wanted;
    } else {
      throw new UsageError(`unknown option "${arg}" for ${word}`);
    }
  }
  if (word === 'claims') {
    if (files.length) throw new UsageError(`claims takes no files (got "${files[0]}")`);
    return { kind: 'claims', format: (format ?? 'table') as ClaimsFormat, ...(dataDir && { dataDir }) };
  }
  return { kind: 'scan', format: (format ?? 'text') as ScanFormat, files, ...(dataDir && { dataDir }) };
}
