/**
 * What GutCheck costs where people spend most of their time (`npm run bench`, after the page
 * bench), in Chromium with the built extension and, in the same run, without it:
 * - heap on an ordinary page with no gut-health words, after a forced garbage collection
 *   (issue 8's bar: within 0.5 MB of the page without GutCheck);
 * - main-thread and script time while a ticker changes its text 60 times a second for 5 s, on an
 *   ordinary page (only the watch script runs there) and on a page that also holds a claim, so
 *   the checker is loaded and fully awake (bar: within 10%);
 * - the size of what is injected into every page (the watch script) and of the checker, which
 *   is injected only where the page mentions gut health (bar: 30 KB gzipped);
 * - the longest main-thread task after the load event on a page holding one 5 MB text node with a
 *   claim at each end (test/fixtures/pages/hostile/huge-text.html), and on a page of 200,000
 *   nodes with a claim at each end (hostile/huge.html), with and without GutCheck
 *   (issue 10's bar: no task over 50 ms from GutCheck).
 * Chrome DevTools Protocol metrics (Performance.getMetrics); runs alternate between the two
 * browsers. Prints; asserts nothing. GUTCHECK_BENCH_RUNS sets the number of runs (default 5).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR } from '../e2e/lib/chromium';
import { DEFAULT_SETTINGS } from '../../entrypoints/lib/settings';
import { startSession, type Session } from '../e2e/harness';
import { median } from './median';

const RUNS = Number(process.env.GUTCHECK_BENCH_RUNS ?? 5);
const SETTLE_MS = 3000;
const TICK_MS = 5000;

const FILLER = [
  'The council met on Tuesday to discuss the new cycle lanes along the river.',
  'Most residents welcomed the plan, though a few worried about parking near the market.',
  'Work is due to start in spring and should take about four months.',
  'A public exhibition of the drawings opens at the library next week.',
];
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>${FILLER[i % FILLER.length]} (${i + 1})</p>`).join('\n');

/** About 40 KB of news-like text with no gut-health vocabulary. */
const ORDINARY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local news</title></head><body><h1>Cycle lanes</h1>${paragraphs(500)}</body></html>`;

/** A live score ticking 60 times a second beside an article (making one claim, or none). */
const ticker = (claim: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title></head><body>
${claim}${paragraphs(40)}
<p>Live: <span id="t">0</span></p>
<script>let n = 0; const t = document.getElementById('t'); setInterval(() => { t.textContent = 'Score ' + (n++); }, 1000 / 60);</script>
</body></html>`;

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;
type Metrics = Record<string, number>;

/** One DevTools session per page: Performance.enable starts the counters, so it is sent once. */
async function cdpOf(page: Page): Promise<Cdp> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

async function metrics(cdp: Cdp): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

interface Ticks {
  taskMs: number;
  scriptMs: number;
}
interface Run {
  heapMb: number;
  ordinary: Ticks;
  claim: Ticks;
  /** Longest task that started after the load event, and all such tasks: the 5 MB text node, the 200,000-node page. */
  hugeText: LongTasks;
  manyNodes: LongTasks;
}
interface LongTasks {
  longest: number;
  tasks: string;
}

/** Records long tasks from the start of every page (PerformanceObserver 'longtask', buffered). */
const LONGTASKS = `(() => {
  window.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
})();`;

/** Long tasks after the load event on a huge page, once GutCheck has had time to mark it (10 s). */
async function hugePage(s: Session, page: Page, path: string): Promise<LongTasks> {
  await page.goto(`${s.server.origin}${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(10_000);
  const { load, tasks } = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { load: nav?.loadEventEnd ?? 0, tasks: (window as unknown as { __longtasks: [number, number][] }).__longtasks };
  });
  const after = tasks.filter(([start]) => start >= load);
  return { longest: Math.max(0, ...after.map(([, d]) => d)), tasks: after.map(([t, d]) => `${t.toFixed(0)}+${d.toFixed(0)}`).join(' ') };
}

/** Main-thread and script time over TICK_MS on one ticker page, after it settled. */
async function ticks(s: Session, page: Page, cdp: Cdp, path: string): Promise<Ticks> {
  await page.goto(`${s.server.origin}${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const a = await metrics(cdp);
  await page.waitForTimeout(TICK_MS);
  const b = await metrics(cdp);
  // TaskDuration and ScriptDuration are cumulative seconds of main-thread work.
  return { taskMs: ((b.TaskDuration ?? 0) - (a.TaskDuration ?? 0)) * 1000, scriptMs: ((b.ScriptDuration ?? 0) - (a.ScriptDuration ?? 0)) * 1000 };
}

async function oneRun(s: Session): Promise<Run> {
  const page = await s.ctx.newPage();
  const cdp = await cdpOf(page);
  await page.goto(`${s.server.origin}/ordinary.html`, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapMb = ((await metrics(cdp)).JSHeapUsedSize ?? NaN) / 1e6;
  const ordinary = await ticks(s, page, cdp, '/ticker-ordinary.html');
  const claim = await ticks(s, page, cdp, '/ticker-claim.html');
  await cdp.detach();
  const hugeText = await hugePage(s, page, '/hostile/huge-text.html');
  const manyNodes = await hugePage(s, page, '/hostile/huge.html');
  await page.close();
  return { heapMb, ordinary, claim, hugeText, manyNodes };
}

/** Raw and gzipped size of a built content script, in KB. */
function sizeOf(file: string): { raw: number; gz: number } {
  const bytes = readFileSync(join(EXTENSION_DIR, file));
  return { raw: bytes.length / 1024, gz: gzipSync(bytes, { level: 9 }).length / 1024 };
}


async function main(): Promise<void> {
  const pages = {
    '/ordinary.html': ORDINARY,
    '/ticker-ordinary.html': ticker(''),
    '/ticker-claim.html': ticker('<p>Bone broth seals the holes in your gut.</p>'),
  };
  const sessions = [await startSession({ extension: true, pages }), await startSession({ extension: false, pages })] as const;
  for (const s of sessions) await s.ctx.addInitScript({ content: LONGTASKS });
  // The same extension in "badge only" mode: it reads and matches as in "marks" but paints no
  // highlight, which tells GutCheck's own work from the browser's upkeep of painted highlights.
  const badgeOnly = await startSession({ extension: true, pages });
  await (await badgeOnly.worker()).evaluate((v) => chrome.storage.local.set({ 'gutcheck:settings': v }), { ...DEFAULT_SETTINGS, mode: 'badge' as const });
  const runs: [Run[], Run[]] = [[], []];
  const badgeTicks: Ticks[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const [k, s] of sessions.entries()) runs[k]!.push(await oneRun(s));
      const page = await badgeOnly.ctx.newPage();
      const cdp = await cdpOf(page);
      badgeTicks.push(await ticks(badgeOnly, page, cdp, '/ticker-claim.html'));
      await cdp.detach();
      await page.close();
    }
  } finally {
    for (const s of [...sessions, badgeOnly]) await s.close();
  }
  console.log(`\nIdle-page benchmark, ${RUNS} alternating runs, medians (with / without GutCheck):`);
  const med = (k: 0 | 1, pick: (r: Run) => number) => median(runs[k].map(pick));
  const heap = [med(0, (r) => r.heapMb), med(1, (r) => r.heapMb)] as const;
  console.log(` heap after GC, ordinary page:   ${heap[0].toFixed(2)} MB / ${heap[1].toFixed(2)} MB  (+${(heap[0] - heap[1]).toFixed(2)} MB; bar +0.5 MB)`);
  for (const [label, pick] of [['an ordinary page (watch script only)', (r: Run) => r.ordinary], ['a page with a claim (checker awake)', (r: Run) => r.claim]] as const) {
    const task = [med(0, (r) => pick(r).taskMs), med(1, (r) => pick(r).taskMs)] as const;
    const script = [med(0, (r) => pick(r).scriptMs), med(1, (r) => pick(r).scriptMs)] as const;
    console.log(` ticker on ${label}:`);
    console.log(`   main-thread task time:  ${task[0].toFixed(0)} ms / ${task[1].toFixed(0)} ms over ${TICK_MS / 1000} s  (${(task[0] / task[1]).toFixed(2)}x; bar 1.10x)`);
    console.log(`   script time:            ${script[0].toFixed(0)} ms / ${script[1].toFixed(0)} ms  (${(script[0] / script[1]).toFixed(2)}x)`);
  }
  const badgeTask = median(badgeTicks.map((t) => t.taskMs));
  const without = med(1, (r) => r.claim.taskMs);
  console.log(`   the same in "badge only" mode (read and matched, no highlight painted): ${badgeTask.toFixed(0)} ms  (${(badgeTask / without).toFixed(2)}x)`);
  for (const [label, pick] of [['one 5 MB text node', (r: Run) => r.hugeText], ['200,000 nodes', (r: Run) => r.manyNodes]] as const) {
    const longest = [med(0, (r) => pick(r).longest), med(1, (r) => pick(r).longest)] as const;
    console.log(` ${label}, longest task after load: ${longest[0].toFixed(0)} ms / ${longest[1].toFixed(0)} ms (bar: no task over 50 ms from GutCheck)`);
    console.log(`   long tasks after load, last run: with ${pick(runs[0].at(-1)!).tasks || 'none'}; without ${pick(runs[1].at(-1)!).tasks || 'none'}`);
  }
  const watch = sizeOf('content-scripts/watch.js');
  const checker = sizeOf('content-scripts/scan.js');
  console.log(` injected into every page (watch.js): ${watch.raw.toFixed(1)} KB, ${watch.gz.toFixed(1)} KB gzipped (bar 30 KB gzipped)`);
  console.log(` injected where the topic is found (scan.js): ${checker.raw.toFixed(0)} KB, ${checker.gz.toFixed(0)} KB gzipped`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
