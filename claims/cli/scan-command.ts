import type { ClaimHit, Matcher } from '../engine';
import type { Database } from './database';
import { readInput } from './inputs';
import { formatReport } from './scan-report';
import type { Output } from './output';

/** One file's entry in `scan --json`. */
interface JsonFileResult {
  file: string;
  claims: {
    id: string;
    stance: ClaimHit['stance'];
    start: number;
    end: number;
    score: number;
    confidence: number;
    why: string[];
    text: string;
    matched: string[];
    verdict: string | null;
    evidence: string | null;
  }[];
  error?: string;
}

function toJsonClaims(text: string, hits: readonly ClaimHit[], db: Database): JsonFileResult['claims'] {
  return hits.map((h) => ({
    id: h.id,
    stance: h.stance,
    start: h.start,
    end: h.end,
    score: h.score,
    confidence: h.confidence,
    why: h.why,
    text: text.slice(h.start, h.end),
    matched: h.matched,
    verdict: db.byId.get(h.id)?.verdict ?? null,
    evidence: db.byId.get(h.id)?.evidence ?? null,
  }));
}

/**
 * `gutcheck scan [--json] [FILE...]`: every file is read and scanned even when another fails;
 * each failure is one stderr line naming the file. Returns the exit status (1 if any failed).
 */
export async function scanFiles(
  paths: readonly string[],
  json: boolean,
  db: Database,
  matcher: Matcher,
  io: Output,
): Promise<number> {
  const results: JsonFileResult[] = [];
  let failed = false;
  const list = paths.length ? paths : ['-'];
  for (const [i, path] of list.entries()) {
    const input = await readInput(path);
    if ('error' in input) {
      failed = true;
      io.error(`${input.name}: ${input.error}`);
      results.push({ file: input.name, claims: [], error: input.error });
      continue;
    }
    // happy-dom loads only when a page needs it; plain text and --jsonl never pay for it.
    const page = input.html ? await (await import('./html-text')).htmlToText(input.text) : { text: input.text, title: '' };
    const text = page.text;
    // The page title frames the page ("Five myths about your gut"), as it does in the extension.
    const hits = matcher.scan(text, { before: page.title });
    if (json) results.push({ file: input.name, claims: toJsonClaims(text, hits, db) });
    else await io.write(`${i > 0 ? '\n' : ''}${formatReport(input.name, text, hits, db.byId)}`);
  }
  if (json) await io.write(`${JSON.stringify(results, null, 2)}\n`);
  return failed ? 1 : 0;
}
