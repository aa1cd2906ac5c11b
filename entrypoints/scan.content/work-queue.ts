const noop: Job = () => {};

/** A unit of work small enough to run in one go (one scan unit: a few ms at most). */
export type Job = () => void;

export interface WorkQueueOptions {
  /** Milliseconds of work per slice before yielding to the page (keeps tasks far below 50 ms). */
  budgetMs?: number;
  /** Clock; injectable for tests. */
  now?: () => number;
  /** Lets the page run (input, rendering) before the next slice. */
  yieldToPage?: () => Promise<void>;
  /** Waits until the browser has rendered a frame (used after endSlice()). */
  yieldForFrame?: () => Promise<void>;
  /** Called when the queue has drained (to send results, refresh the UI). */
  onIdle?: () => void;
  /** Stops the queue for good when the extension context goes away. */
  signal?: AbortSignal;
  /** Reports a job that threw; the queue carries on with the next job. */
  onError?: (err: unknown) => void;
}

export interface WorkQueue {
  /** Adds jobs at the back (or at the front with `urgent`, e.g. visible posts). */
  push(jobs: readonly Job[], urgent?: boolean): void;
  /** Drops everything pending (page changed). */
  clear(): void;
  /** Ends the current slice after the running job (e.g. after a change that makes the browser restyle). */
  endSlice(): void;
  readonly pending: number;
  readonly running: boolean;
}

/**
 * Runs queued jobs in time-boxed slices, yielding between slices so no task on the page's main
 * thread runs long. Idle costs nothing: no timers run while the queue is empty.
 */
export function createWorkQueue(options: WorkQueueOptions = {}): WorkQueue {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const yieldToPage = options.yieldToPage ?? defaultYield;
  const yieldForFrame = options.yieldForFrame ?? frameYield;
  let jobs: Job[] = [];
  let head = 0; // index of the next job (Array.shift is O(n) on long queues)
  let running = false;
  let sliceOver = false;

  async function run(): Promise<void> {
    running = true;
    try {
      while (head < jobs.length && !options.signal?.aborted) {
        const sliceStart = now();
        sliceOver = false;
        // At least one job per slice, so a zero budget or a slow clock still makes progress.
        for (let ran = 0; head < jobs.length && !sliceOver && (ran === 0 || now() - sliceStart < budget); ran++) {
          const job = jobs[head]!;
          jobs[head++] = noop; // let the closure go
          if (head > 1024 && head * 2 > jobs.length) {
            jobs = jobs.slice(head);
            head = 0;
          }
          try {
            job();
          } catch (err) {
            options.onError?.(err);
          }
        }
        if (head < jobs.length) await (sliceOver ? yieldForFrame() : yieldToPage());
      }
    } finally {
      running = false;
      jobs = options.signal?.aborted ? [] : jobs.slice(head);
      head = 0;
    }
    if (!options.signal?.aborted) options.onIdle?.();
  }

  return {
    push(more, urgent = false) {
      if (!more.length || options.signal?.aborted) return;
      if (urgent) {
        jobs = [...more, ...jobs.slice(head)];
        head = 0;
      } else {
        for (const job of more) jobs.push(job);
      }
      if (!running) void run();
    },
    endSlice() {
      sliceOver = true;
    },
    clear() {
      jobs = [];
      head = 0;
    },
    get pending() {
      return jobs.length - head;
    },
    get running() {
      return running;
    },
  };
}

/**
 * Resolves after the next frame has been rendered (a task queued from requestAnimationFrame runs
 * after that frame's style and layout), so a restyle we caused happens in the browser's own
 * rendering task, not inside our next job. Hidden tabs get no frames: 100 ms at most then.
 */
export function frameYield(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

interface PostTaskScheduler {
  postTask?: (cb: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }) => Promise<void>;
}

/**
 * Yields to the page at ordinary priority: scheduler.postTask where the browser has it (Chrome
 * 94+), else a MessageChannel hop, which avoids setTimeout's 4 ms nesting clamp. Not
 * scheduler.yield(): its continuation jumps ahead of the page's own tasks, and in a 1 MB page it
 * held back the load event until the whole first pass had finished.
 */
export function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
