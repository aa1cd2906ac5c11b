/**
 * In-browser benchmark (`npm run bench`, after the engine bench): a generated feed page with about
 * 1 MB of text, loaded in Chromium with GutCheck and, in the same run, in a browser with an empty
 * extension (one content script that does nothing, on the same pages: what any extension that
 * reads pages costs Chromium) and in one without any extension. Reports the time from navigation
 * until every claim is marked, and the page's main-thread long tasks (PerformanceObserver
 * 'longtask', buffered, installed before any page script). Runs alternate between the browsers
 * so machine noise hits all alike.
 * Prints; asserts nothing. GUTCHECK_BENCH_RUNS sets the number of runs (default 5).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startSession } from '../e2e/harness';
import { benchPage } from './bench-page';
import { median } from './median';

const RUNS = Number(process.env.GUTCHECK_BENCH_RUNS ?? 5);
const QUIET_MS = 2000;
const TIMEOUT_MS = 60_000;

/** Runs in the page before its scripts: records long tasks, and (per animation frame) when the mark count changes. */
const INIT = `(() => {
  const w = window;
  w.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longtasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  w.__marks = [];
  let last = 0;
  const tick = () => {
    let n = 0;
    if (w.CSS && CSS.highlights) for (const [name, h] of CSS.highlights) if (name.startsWith('gutcheck-') && name !== 'gutcheck-context') n += h.size;
    if (n !== last) { last = n; w.__marks.push([performance.now(), n]); }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface Run {
  loadMs: number;
  /** Time of the last change in the number of asserted marks (null without the extension). */
  markedMs: number | null;
  marks: number;
  longestTaskMs: number;
  longTaskTotalMs: number;
  longTasks: number;
  /** Every long task, as start+duration in ms. */
  tasks: string;
}

type Probe = { marks: [number, number][]; longtasks: [number, number][]; now: number; load: number };
const probe = (page: Page): Promise<Probe> =>
  page.evaluate(() => {
    const w = window as unknown as { __marks: [number, number][]; __longtasks: [number, number][] };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { marks: w.__marks, longtasks: w.__longtasks, now: performance.now(), load: nav?.loadEventEnd ?? 0 };
  });

async function measure(page: Page, url: string, expected: number | null): Promise<Run> {
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
  let p = await probe(page);
  for (;;) {
    const lastChange = p.marks.at(-1)?.[0] ?? p.load;
    const count = p.marks.at(-1)?.[1] ?? 0;
    const settled = p.now - Math.max(lastChange, p.load) >= QUIET_MS;
    if ((expected !== null && count >= expected && p.now - lastChange >= 300) || settled || p.now > TIMEOUT_MS) break;
    await page.waitForTimeout(100);
    p = await probe(page);
  }
  const durations = p.longtasks.map(([, d]) => d);
  return {
    loadMs: p.load,
    markedMs: expected === null ? null : (p.marks.at(-1)?.[0] ?? null),
    marks: p.marks.at(-1)?.[1] ?? 0,
    longestTaskMs: Math.max(0, ...durations),
    longTaskTotalMs: durations.reduce((a, b) => a + b, 0),
    longTasks: durations.length,
    tasks: p.longtasks.map(([t, d]) => `${t.toFixed(0)}+${d.toFixed(0)}`).join(' '),
  };
}

/** An unpacked extension whose one content script, on every http(s) page at document_idle, does nothing. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gutcheck-empty-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['noop.js'] }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'noop.js'), '');
  return dir;
}

interface Results {
  withExt: Run[];
  empty: Run[];
  without: Run[];
}

/** A browser with GutCheck, one with the empty extension and one without any, all open for the whole run; runs alternate between them. */
async function measureAll(html: string, expected: number): Promise<Results> {
  const pages = { '/bench.html': html };
  const sessions = [
    await startSession({ extension: true, pages }),
    await startSession({ otherExtension: emptyExtension(), pages }),
    await startSession({ extension: false, pages }),
  ] as const;
  const results: Results = { withExt: [], empty: [], without: [] };
  const lists = [results.withExt, results.empty, results.without] as const;
  try {
    for (const s of sessions) await s.ctx.addInitScript({ content: INIT });
    for (let i = 0; i < RUNS; i++) {
      for (const [k, s] of sessions.entries()) {
        const page = await s.ctx.newPage();
        lists[k]!.push(await measure(page, `${s.server.origin}/bench.html`, k === 0 ? expected : null));
        await page.close();
      }
    }
  } finally {
    for (const s of sessions) {
      const report = await s.close();
      const off = [...report.leaks, ...report.netLogHosts.filter((h) => h !== '127.0.0.1')];
      if (off.length) console.log(`  WARNING: traffic beyond 127.0.0.1: ${off.join(', ')}`);
    }
  }
  return results;
}

const ms = (x: number | null) => (x === null ? '-' : x.toFixed(0)).padStart(8);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : a > 0 ? 'n/a (0 without)' : '1.00x');

async function main(): Promise<void> {
  const page = benchPage();
  console.log(
    `Page benchmark: ${(page.textBytes / 1e6).toFixed(2)} MB of text, ${page.posts} posts, ` +
      `${page.claimSentences} claim sentences (${page.distinctClaims} distinct claims); ${RUNS} runs each, medians below.`,
  );
  const { withExt, empty, without } = await measureAll(page.html, page.claimSentences);
  console.log('\n variant     run   load ms  marked ms   marks  longest task ms  long-task total ms  long tasks');
  const row = (label: string, r: Run, i: number) =>
    console.log(` ${label.padEnd(10)} ${String(i + 1).padStart(4)} ${ms(r.loadMs)}   ${ms(r.markedMs)} ${String(r.marks).padStart(7)} ${ms(r.longestTaskMs).padStart(16)} ${ms(r.longTaskTotalMs).padStart(19)} ${String(r.longTasks).padStart(11)}`);
  withExt.forEach((r, i) => row('with', r, i));
  empty.forEach((r, i) => row('empty ext', r, i));
  without.forEach((r, i) => row('without', r, i));
  console.log('\n long tasks (start+duration ms), last run of each:');
  console.log(`  with:    ${withExt.at(-1)?.tasks}`);
  console.log(`  empty:   ${empty.at(-1)?.tasks}`);
  console.log(`  without: ${without.at(-1)?.tasks}`);
  const m = (runs: Run[], k: 'loadMs' | 'longestTaskMs' | 'longTaskTotalMs') => median(runs.map((r) => r[k]));
  const marked = median(withExt.map((r) => r.markedMs ?? NaN));
  console.log(`\n median time until every claim is marked (with GutCheck): ${marked.toFixed(0)} ms after navigation; marks found ${median(withExt.map((r) => r.marks))} of ${page.claimSentences} claim sentences`);
  for (const [label, k] of [['load event', 'loadMs'], ['longest main-thread task', 'longestTaskMs'], ['total long-task time', 'longTaskTotalMs']] as const) {
    const [a, e, b] = [m(withExt, k), m(empty, k), m(without, k)];
    console.log(
      ` ${label.padEnd(26)} with ${a.toFixed(0).padStart(6)} ms  empty extension ${e.toFixed(0).padStart(6)} ms  without ${b.toFixed(0).padStart(6)} ms` +
        `  ratio to empty ${ratio(a, e)}${k === 'loadMs' ? ' (bar 1.10x)' : ''}, to without ${ratio(a, b)}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
