import { describe, expect, it, vi } from 'vitest';
import { createWorkQueue, type Job } from '@/entrypoints/scan.content/work-queue';

/** A fake clock each job advances by its cost, and a yield that records slice boundaries. */
function harness(budgetMs = 8) {
  let t = 0;
  const slices: string[][] = [[]];
  const yields: string[] = [];
  const idle = vi.fn();
  const queue = createWorkQueue({
    budgetMs,
    now: () => t,
    yieldToPage: async () => {
      yields.push('page');
      slices.push([]);
    },
    yieldForFrame: async () => {
      yields.push('frame');
      slices.push([]);
    },
    onIdle: idle,
  });
  const job = (name: string, cost: number, extra?: () => void): Job => () => {
    slices.at(-1)!.push(name);
    t += cost;
    extra?.();
  };
  const settled = () => vi.waitFor(() => expect(queue.running).toBe(false));
  return { queue, job, slices, yields, idle, settled };
}

describe('work queue (time-budgeted scheduler)', () => {
  it('runs jobs in slices no longer than the budget, yielding between them', async () => {
    const h = harness(8);
    h.queue.push([h.job('a', 3), h.job('b', 3), h.job('c', 3), h.job('d', 3), h.job('e', 3)]);
    await h.settled();
    expect(h.slices).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    expect(h.yields).toEqual(['page']);
    expect(h.idle).toHaveBeenCalledTimes(1);
  });

  it('puts urgent jobs (visible posts, changed units) ahead of the rest', async () => {
    const h = harness(1);
    h.queue.push([h.job('a', 1, () => h.queue.push([h.job('urgent', 1)], true)), h.job('b', 1), h.job('c', 1)]);
    await h.settled();
    expect(h.slices.flat()).toEqual(['a', 'urgent', 'b', 'c']);
  });

  it('waits for a rendered frame after endSlice (a restyle we caused)', async () => {
    const h = harness(100);
    h.queue.push([h.job('a', 1, () => h.queue.endSlice()), h.job('b', 1)]);
    await h.settled();
    expect(h.slices).toEqual([['a'], ['b']]);
    expect(h.yields).toEqual(['frame']);
  });

  it('keeps going after a job throws, and reports it', async () => {
    const onError = vi.fn();
    const ran: string[] = [];
    const queue = createWorkQueue({ onError, yieldToPage: async () => {} });
    queue.push([() => ran.push('a'), () => { throw new Error('boom'); }, () => ran.push('c')]);
    await vi.waitFor(() => expect(ran).toEqual(['a', 'c']));
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('stops for good when its signal aborts, and clear() drops pending work', async () => {
    const controller = new AbortController();
    const ran: number[] = [];
    const queue = createWorkQueue({ signal: controller.signal, budgetMs: 0, yieldToPage: async () => {} });
    queue.push([() => ran.push(1), () => controller.abort(), () => ran.push(3)]);
    await vi.waitFor(() => expect(queue.running).toBe(false));
    expect(ran).toEqual([1]);
    queue.push([() => ran.push(4)]);
    expect(queue.pending).toBe(0);
    const q2 = createWorkQueue({ budgetMs: 0, yieldToPage: () => new Promise((r) => setTimeout(r, 5)) });
    const ran2: number[] = [];
    q2.push([() => ran2.push(1), () => ran2.push(2)]);
    q2.clear();
    await vi.waitFor(() => expect(q2.running).toBe(false));
    expect(ran2).toEqual([1]);
  });

  it('handles long queues without quadratic shifting', async () => {
    const h = harness(1e9);
    const jobs = Array.from({ length: 20_000 }, (_, i) => h.job(String(i), 0));
    // Taking a job off the front of a long array (shift, splice, unshift) costs O(n) per job:
    // 20,000 jobs would then cost O(n²). Record the longest array such a call is made on.
    // Patched by hand, not with vi.spyOn: a spy records its calls with array methods of its own,
    // and recording them through the patched methods recursed.
    let longest = 0;
    const names = ['shift', 'splice', 'unshift'] as const;
    const originals = names.map((name) => Array.prototype[name]);
    names.forEach((name, i) => {
      const original = originals[i] as (...args: unknown[]) => unknown;
      Object.defineProperty(Array.prototype, name, {
        configurable: true,
        writable: true,
        value(this: unknown[], ...args: unknown[]) {
          if (this.length > longest) longest = this.length;
          return original.apply(this, args);
        },
      });
    });
    try {
      h.queue.push(jobs);
      await h.settled();
    } finally {
      names.forEach((name, i) => Object.defineProperty(Array.prototype, name, { configurable: true, writable: true, value: originals[i] }));
    }
    expect(h.slices.flat()).toHaveLength(20_000);
    expect(longest, 'longest array shifted or spliced while running').toBeLessThan(1000);
  });
});
