import { once } from 'node:events';

/** Where commands write: stdout with backpressure, stderr messages prefixed with the program name. */
export interface Output {
  write(chunk: string): Promise<void>;
  error(message: string): void;
}

/**
 * The process's streams. Writes wait for 'drain' so `scan --jsonl` on a large corpus keeps
 * memory flat; a closed pipe (`gutcheck ... | head`) ends the output quietly.
 */
export function processOutput(): Output {
  let closed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') closed = true;
    else throw err;
  });
  return {
    async write(chunk) {
      if (closed) return;
      if (process.stdout.write(chunk)) return;
      try {
        await once(process.stdout, 'drain');
      } catch {
        // once() rejects on the stream's 'error' event (EPIPE); the listener above decided.
        closed = true;
      }
    },
    error(message) {
      process.stderr.write(`gutcheck: ${message}\n`);
    },
  };
}
