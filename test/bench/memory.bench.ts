/**
 * Memory (`npm run bench`, last): what GutCheck holds where it works hardest, printed against a
 * budget; asserts nothing.
 * - The 1 MB feed of the page bench, fully marked: the page's JS heap after a forced garbage
 *   collection, with GutCheck and in a browser without it (the content scripts' isolated world
 *   lives in the page's heap, so the difference is GutCheck's). Budget: 10 MB.
 * - The background (Chrome's service worker) with 20 tabs of the golden pages open and marked,
 *   after a forced collection. Budget: 5 MB. It holds no page text: per-tab results live in
 *   storage.session, so it should not grow with the tabs.
 * GUTCHECK_BENCH_RUNS sets the runs of the first measure (default 3; medians).
 */
import type { CDPSession, Page } from 'playwright-core';
import { startSession, type Session } from '../e2e/harness';
import { waitForMarks } from '../e2e/lib/probe';
import { benchPage } from './bench-page';
import { median } from './median';

const RUNS = Number(process.env.GUTCHECK_BENCH_RUNS ?? 3);
const TABS = 20;
const GOLDEN = ['blog-long', 'debunk-article', 'demo', 'forum-thread', 'social-feed', 'spa-magazine', 'supplement-shop', 'see-more', 'feed-tabs', 'hard-negative'];
const PAGE_BUDGET_MB = 10;
const WORKER_BUDGET_MB = 5;

/** Used JS heap of a page's renderer isolate after a forced collection, in MB. */
async function pageHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

/**
 * The same for the extension's service worker, reached through the browser's target list:
 * Playwright gives no CDP session for a worker, so commands go through Target.sendMessageToTarget.
 */
async function workerHeapMb(session: Session, via: Page): Promise<number> {
  const cdp: CDPSession = await session.ctx.newCDPSession(via);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extId}/`));
  if (!target) throw new Error('no GutCheck service worker among the targets');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 0;
  const waiting = new Map<number, (reply: { result?: { usedSize?: number } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const reply = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  const call = (method: string) =>
    new Promise<{ result?: { usedSize?: number } }>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    });
  await call('HeapProfiler.collectGarbage');
  const used = (await call('Runtime.getHeapUsage')).result?.usedSize ?? NaN;
  await cdp.detach();
  return used / 1e6;
}


async function main(): Promise<void> {
  const feed = benchPage();
  const pages = { '/bench.html': feed.html };
  const withExt = await startSession({ pages });
  const without = await startSession({ extension: false, pages });
  try {
    const heaps: [number[], number[]] = [[], []];
    for (let i = 0; i < RUNS; i++) {
      for (const [k, s] of [withExt, without].entries()) {
        const page = await s.open('/bench.html');
        if (k === 0) await waitForMarks(page, { atLeast: 1, quietMs: 2000, timeoutMs: 60_000 });
        else await page.waitForTimeout(3000);
        heaps[k]!.push(await pageHeapMb(page));
        await page.close();
      }
    }
    const [w, wo] = heaps.map(median) as [number, number];
    console.log(`\nMemory benchmark (${RUNS} runs, medians):`);
    console.log(` 1 MB feed, fully marked: page heap ${w.toFixed(1)} MB with GutCheck, ${wo.toFixed(1)} MB without: GutCheck +${(w - wo).toFixed(1)} MB (budget ${PAGE_BUDGET_MB} MB)`);

    const tabs: Page[] = [];
    for (let i = 0; i < TABS; i++) {
      const page = await withExt.open(`/${GOLDEN[i % GOLDEN.length]}.html`);
      await waitForMarks(page, { quietMs: 500 });
      tabs.push(page);
    }
    const idle = await withExt.open('/hard-negative.html');
    const workerMb = await workerHeapMb(withExt, idle);
    console.log(` background (service worker) with ${TABS} marked tabs open: heap ${workerMb.toFixed(1)} MB (budget ${WORKER_BUDGET_MB} MB)`);
  } finally {
    await withExt.close();
    await without.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
