/**
 * Watches the work GutCheck's content script does on a page, from outside and without hooks in
 * the extension: through the Chrome DevTools Protocol it finds the script's isolated world (an
 * execution context named after the extension) and counts, in that world only, what reading text
 * and painting marks cannot avoid: Text.data reads (a text node read), Highlight add/delete (a
 * mark painted or removed), and scheduled callbacks. The page's own calls are not counted: its
 * main world has its own prototypes and globals. A CPU profile of the whole renderer (Profiler
 * domain) says whether any of the extension's code ran at all in a stretch of time.
 */
import type { CDPSession, Page } from 'playwright-core';

/** What the content script did since the probe was installed or last reset. */
export interface Work {
  /** Text nodes read (a node read twice counts twice). */
  reads: number;
  /** Of those, reads of text inside each selector passed to counts(). */
  readsWithin: Record<string, number>;
  /** Largest number of times one text node was read. */
  maxReadsOfOneNode: number;
  /** Callbacks scheduled (timers, idle and animation-frame callbacks, tasks, microtasks): polling would show here. */
  timers: number;
  /** Ranges added to GutCheck's highlights (every call counts, so a mark painted twice shows). */
  marksAdded: number;
  /**
   * Ranges taken out of them. Only deletes that removed something count: the painter clears both
   * looks a mark may have (its verdict's and the light one for dark backgrounds), and the look the
   * mark did not have loses nothing.
   */
  marksRemoved: number;
}

export interface WorkProbe {
  counts(within?: readonly string[]): Promise<Work>;
  reset(): Promise<void>;
  /** Remembers the Range objects of every gutcheck-* highlight (see rangesKept). */
  rememberRanges(): Promise<void>;
  /** How many remembered Ranges are still painted, as the same objects, and how many ranges there are now. */
  rangesKept(): Promise<{ kept: number; remembered: number; now: number }>;
  /** Starts a CPU profile of the renderer (all worlds). */
  startProfile(): Promise<void>;
  /** Stops it; returns the samples taken while the extension's own code was on the stack. */
  stopProfile(): Promise<number>;
  /** startProfile, wait `ms`, stopProfile. */
  extensionSamples(ms: number): Promise<number>;
  detach(): Promise<void>;
}

const INSTALL = `(() => {
  if (globalThis.__gutcheckProbe) return true;
  const probe = { reads: [], added: 0, removed: 0, timers: 0, ranges: [] };
  globalThis.__gutcheckProbe = probe;
  for (const name of ['setTimeout', 'setInterval', 'requestIdleCallback', 'requestAnimationFrame', 'queueMicrotask']) {
    const original = window[name];
    window[name] = function (...args) { probe.timers++; return original.apply(this, args); };
  }
  if (globalThis.scheduler?.postTask) {
    const postTask = scheduler.postTask;
    scheduler.postTask = function (...args) { probe.timers++; return postTask.apply(this, args); };
  }
  const data = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data');
  Object.defineProperty(CharacterData.prototype, 'data', {
    ...data,
    get() { if (this.nodeType === Node.TEXT_NODE) probe.reads.push(this); return data.get.call(this); },
  });
  const { add, delete: del } = Highlight.prototype;
  Highlight.prototype.add = function (range) { probe.added++; return add.call(this, range); };
  Highlight.prototype.delete = function (range) { const gone = del.call(this, range); if (gone) probe.removed++; return gone; };
  return true;
})()`;

const gutcheckRanges = `[...CSS.highlights].filter(([name]) => name.startsWith('gutcheck-')).flatMap(([, h]) => [...h])`;

/** Installs the probe in GutCheck's isolated world of `page`'s top frame (the script must have started). */
export async function probeContentScript(page: Page, extId: string): Promise<WorkProbe> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { frameId?: string; type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const origin = `chrome-extension://${extId}`;
  let contextId: number | undefined;
  for (let i = 0; i < 50 && contextId === undefined; i++) {
    contextId = contexts.find((c) => c.origin === origin && c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id)?.id;
    if (contextId === undefined) await page.waitForTimeout(50);
  }
  if (contextId === undefined) throw new Error('GutCheck content script world not found (is the extension running on this page?)');

  const run = async <T>(expression: string): Promise<T> => {
    const reply = (await cdp.send('Runtime.evaluate', { contextId, expression, returnByValue: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    return reply.result.value;
  };
  await run(INSTALL);

  const probe: WorkProbe = {
    counts(within = []) {
      return run<Work>(`(() => {
        const p = globalThis.__gutcheckProbe;
        const per = new Map();
        for (const node of p.reads) per.set(node, (per.get(node) ?? 0) + 1);
        const readsWithin = {};
        for (const sel of ${JSON.stringify(within)}) readsWithin[sel] = p.reads.filter((node) => node.parentElement?.closest(sel)).length;
        return { reads: p.reads.length, readsWithin, maxReadsOfOneNode: Math.max(0, ...per.values()), timers: p.timers, marksAdded: p.added, marksRemoved: p.removed };
      })()`);
    },
    async reset() {
      await run(`(() => { const p = globalThis.__gutcheckProbe; p.reads = []; p.added = 0; p.removed = 0; p.timers = 0; })()`);
    },
    async rememberRanges() {
      await run(`void (globalThis.__gutcheckProbe.ranges = ${gutcheckRanges})`);
    },
    rangesKept() {
      return run(`(() => {
        const now = new Set(${gutcheckRanges});
        const old = globalThis.__gutcheckProbe.ranges;
        return { kept: old.filter((r) => now.has(r)).length, remembered: old.length, now: now.size };
      })()`);
    },
    async startProfile() {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    },
    async stopProfile() {
      const { profile } = (await cdp.send('Profiler.stop')) as {
        profile: { nodes: { id: number; callFrame: { url: string }; hitCount?: number; children?: number[] }[] };
      };
      await cdp.send('Profiler.disable');
      // A sample counts when the extension's code is anywhere on its stack (a DOM call it made is native code).
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const ours = (id: number | undefined): boolean => {
        for (; id !== undefined; id = parent.get(id)) if (byId.get(id)!.callFrame.url.startsWith(origin)) return true;
        return false;
      };
      return profile.nodes.filter((n) => n.hitCount && ours(n.id)).reduce((sum, n) => sum + n.hitCount!, 0);
    },
    async extensionSamples(ms) {
      await probe.startProfile();
      await page.waitForTimeout(ms);
      return probe.stopProfile();
    },
    detach: () => cdp.detach(),
  };
  return probe;
}
