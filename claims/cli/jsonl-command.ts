import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import * as z from 'zod/mini';
import type { Matcher } from '../engine';
import { STDIN_NAME, describeReadError } from './inputs';
import type { Output } from './output';

/** One input line of `scan --jsonl`; other keys (gold labels, notes) are allowed and ignored. */
export const jsonlLineSchema = z.object({
  doc: z.union([z.string(), z.number()]),
  text: z.string(),
});

/** Characters of output gathered before a write (about 64 KB, a pipe's usual buffer). */
const FLUSH_AT = 64 * 1024;

type Doc = z.infer<typeof jsonlLineSchema>['doc'] | null;

/** The doc id of a line that failed validation, if it has a usable one (keeps output traceable). */
function recoverDoc(value: unknown): Doc {
  if (value && typeof value === 'object' && 'doc' in value) {
    const doc = (value as { doc: unknown }).doc;
    if (typeof doc === 'string' || typeof doc === 'number') return doc;
  }
  return null;
}

/** Parses one line; on failure returns the reason and whatever doc id could be recovered. */
function parseLine(line: string): { doc: Doc; text: string } | { doc: Doc; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { doc: null, error: `not valid JSON (${(err as Error).message})` };
  }
  const result = jsonlLineSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : '(line)';
  return { doc: recoverDoc(value), error: `field "${field}": ${issue?.message ?? 'invalid'}; expected {"doc": string|number, "text": string}` };
}

/**
 * `gutcheck scan --jsonl`: the contract external evaluation relies on. One output line per
 * non-blank input line, in order: {"doc", "claims": [{"id","stance","start","end","score","confidence","why","text"}]}.
 * `stance` is the decided stance (asserts only at or above the model's threshold); `confidence`
 * is the calibrated probability that the text asserts the claim there. Fields are only ever added.
 * A bad line gets {"doc", "claims": [], "error"} and a stderr message with its line number.
 * Returns the exit status: 1 if any line was bad, else 0.
 */
export async function scanJsonl(path: string | undefined, matcher: Matcher, io: Output): Promise<number> {
  const fromStdin = path === undefined || path === '-';
  const name = fromStdin ? STDIN_NAME : path;
  let stream: NodeJS.ReadableStream;
  try {
    stream = fromStdin ? process.stdin : (await open(path)).createReadStream();
  } catch (err) {
    io.error(`${name}: ${describeReadError(err)}`);
    return 1;
  }
  let bad = 0;
  let lineNo = 0;
  let docs = 0;
  // Output lines are gathered and written in chunks: awaiting a write per line cost more than
  // scanning short lines. The chunk is written as soon as it is large, so memory stays flat.
  let pending = '';
  const emit = (line: string): Promise<void> | undefined => {
    pending += line;
    if (pending.length < FLUSH_AT) return undefined;
    const chunk = pending;
    pending = '';
    return io.write(chunk);
  };
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    docs++;
    // A byte-order mark on the first line is an editor artefact, not part of the JSON.
    const parsed = parseLine(lineNo === 1 ? line.replace(/^\uFEFF/, '') : line);
    if ('error' in parsed) {
      bad++;
      io.error(`${name} line ${lineNo}: ${parsed.error}`);
      const flushed = emit(`${JSON.stringify({ doc: parsed.doc, claims: [], error: parsed.error })}\n`);
      if (flushed) await flushed;
      continue;
    }
    const claims = matcher.scan(parsed.text).map((h) => ({
      id: h.id,
      stance: h.stance,
      start: h.start,
      end: h.end,
      score: h.score,
      confidence: h.confidence,
      why: h.why,
      text: parsed.text.slice(h.start, h.end),
    }));
    const flushed = emit(`${JSON.stringify({ doc: parsed.doc, claims })}\n`);
    if (flushed) await flushed;
  }
  if (pending) await io.write(pending);
  if (!docs) {
    io.error(`${name}: is empty (no JSON lines to scan)`);
    return 1;
  }
  return bad ? 1 : 0;
}
