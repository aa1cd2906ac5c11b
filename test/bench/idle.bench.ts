/**
 * What GutCheck costs where people spend most of their time (`npm run bench`, after the page
 * bench), in Chromium with the built extension and, in the same run, without it:
 * - heap on an ordinary page with no gut-health words, after a forced garbage collection
 *   (issue 8's bar: within 0.5 MB of the page without GutCheck);
 * - main-thread and script time while a ticker changes its text 60 times a second for 5 s, on a
 *   page that also holds a claim, so GutCheck is fully awake (bar: within 10%).
 * Chrome DevTools Protocol metrics (Performance.getMetrics); runs alternate between the two
 * browsers. Prints; asserts nothing. GUTCHECK_BENCH_RUNS sets the number of runs (default 5).
 */
import type { Page } from 'playwright-core';
import { startSession, type Session } from '../e2e/harness';

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

/** A live score ticking 60 times a second beside an article that makes one claim. */
const TICKER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title></head><body>
<p>Bone broth seals the holes in your gut.</p>${paragraphs(40)}
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

interface Run {
  heapMb: number;
  taskMs: number;
  scriptMs: number;
}

async function oneRun(s: Session): Promise<Run> {
  const page = await s.ctx.newPage();
  const cdp = await cdpOf(page);
  await page.goto(`${s.server.origin}/ordinary.html`, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapMb = ((await metrics(cdp)).JSHeapUsedSize ?? NaN) / 1e6;
  await page.goto(`${s.server.origin}/ticker.html`, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const a = await metrics(cdp);
  await page.waitForTimeout(TICK_MS);
  const b = await metrics(cdp);
  await cdp.detach();
  await page.close();
  // TaskDuration and ScriptDuration are cumulative seconds of main-thread work.
  return { heapMb, taskMs: ((b.TaskDuration ?? 0) - (a.TaskDuration ?? 0)) * 1000, scriptMs: ((b.ScriptDuration ?? 0) - (a.ScriptDuration ?? 0)) * 1000 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

async function main(): Promise<void> {
  const pages = { '/ordinary.html': ORDINARY, '/ticker.html': TICKER };
  const sessions = [await startSession({ extension: true, pages }), await startSession({ extension: false, pages })] as const;
  const runs: [Run[], Run[]] = [[], []];
  try {
    for (let i = 0; i < RUNS; i++) for (const [k, s] of sessions.entries()) runs[k]!.push(await oneRun(s));
  } finally {
    for (const s of sessions) await s.close();
  }
  console.log(`\nIdle-page benchmark, ${RUNS} alternating runs, medians (with / without GutCheck):`);
  const [w, wo] = runs.map((r) => ({ heap: median(r.map((x) => x.heapMb)), task: median(r.map((x) => x.taskMs)), script: median(r.map((x) => x.scriptMs)) })) as [
    { heap: number; task: number; script: number },
    { heap: number; task: number; script: number },
  ];
  console.log(` heap after GC, ordinary page:   ${w.heap.toFixed(2)} MB / ${wo.heap.toFixed(2)} MB  (+${(w.heap - wo.heap).toFixed(2)} MB; bar +0.5 MB)`);
  console.log(` ticker, main-thread task time:  ${w.task.toFixed(0)} ms / ${wo.task.toFixed(0)} ms over ${TICK_MS / 1000} s  (${(w.task / wo.task).toFixed(2)}x; bar 1.10x)`);
  console.log(` ticker, script time:            ${w.script.toFixed(0)} ms / ${wo.script.toFixed(0)} ms  (${(w.script / wo.script).toFixed(2)}x)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
