import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

/** Display name of standard input in reports and messages. */
export const STDIN_NAME = '<stdin>';

/** One input, decoded, or the reason it cannot be scanned (a sentence naming the file). */
export type Input = { name: string; text: string; html: boolean } | { name: string; error: string };

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const LOOKS_HTML = /^\s*<(?:!doctype\s+html|html|head|body|!--|meta|p|div|article)[\s>]/i;

/** Reads all of stdin as bytes. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Turns a file-system error into words a user acts on. */
export function describeReadError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory (name the files inside it)';
  return `cannot be read (${(err as Error).message})`;
}

/**
 * Decodes bytes as UTF-8 text, refusing what is not text: NUL bytes (binary files, and UTF-16,
 * which we do not read), invalid UTF-8, and empty or whitespace-only input.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.includes(0)) return { error: 'looks like a binary file (it contains NUL bytes); expected UTF-8 text or HTML' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'is not valid UTF-8 text; save it as UTF-8 and try again' };
  }
  if (!text.trim()) return { error: 'is empty' };
  return { text };
}

/** Reads one FILE argument ("-" is stdin) and decides whether it is HTML. Never throws. */
export async function readInput(path: string): Promise<Input> {
  const name = path === '-' ? STDIN_NAME : path;
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (err) {
    return { name, error: describeReadError(err) };
  }
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { name, error: decoded.error };
  const ext = extname(path).toLowerCase();
  const html = HTML_EXTENSIONS.has(ext) || (ext !== '.txt' && LOOKS_HTML.test(decoded.text));
  return { name, text: decoded.text, html };
}
