/**
 * `npm run demo`: builds the extension and opens Chromium (or Chrome) with it on a bundled demo
 * page served from 127.0.0.1. With a display, a window opens and the script waits until it is
 * closed. Without one (or with --headless), it runs headless, writes out/demo.png and
 * out/demo-card.png, prints the claims it found, and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium, INSTALL_HINT, startSession } from '../test/e2e/harness';
import { closeCard, openCardByPointer } from '../test/e2e/lib/card';
import { verdictWords } from '../claims/words';
import { CONTEXT_HIGHLIGHT, waitForMarks } from '../test/e2e/lib/probe';

const OUT = resolve('out');
const DEMO_PAGE = '/demo.html';

function build(): void {
  console.log('Building the extension (wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error('wxt build failed; see the output above.');
    process.exit(r.status ?? 1);
  }
}

async function headless(): Promise<void> {
  const session = await startSession({ headless: true });
  const page = await session.open(DEMO_PAGE);
  const marks = await waitForMarks(page, { atLeast: 1 });
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, 'demo.png'), fullPage: true, caret: 'initial' });
  const badge = await session.badge(page);

  console.log(`\nDemo page: ${session.server.origin}${DEMO_PAGE}`);
  console.log(`Toolbar badge: ${badge ? `"${badge}"` : '(empty)'}; ${marks.length} marked passage(s):`);
  const perName = new Map<string, number>();
  let firstCard = true;
  for (const mark of marks) {
    const index = perName.get(mark.name) ?? 0;
    perName.set(mark.name, index + 1);
    const verdict = mark.name === CONTEXT_HIGHLIGHT ? 'context: disputed or only mentioned' : verdictWords(mark.name.replace('gutcheck-', ''));
    let claim = '';
    if (mark.name !== CONTEXT_HIGHLIGHT) {
      const card = await openCardByPointer(page, mark.name, index).catch(() => undefined);
      claim = card ? ` → ${card.claim.trim()}` : ' → (card did not open)';
      if (card && firstCard) {
        await page.screenshot({ path: join(OUT, 'demo-card.png'), caret: 'initial' });
        firstCard = false;
      }
    }
    console.log(`  [${verdict}] "${mark.text}"${claim}`);
  }
  await closeCard(page).catch(() => undefined);
  const errors = session.consoleErrors;
  const report = await session.close();
  const offHost = report.netLogHosts.filter((h) => h !== '127.0.0.1');
  console.log(`\nScreenshots: ${join(OUT, 'demo.png')}${firstCard ? '' : `, ${join(OUT, 'demo-card.png')}`}`);
  console.log(`Network: ${report.leaks.length + offHost.length ? `LEFT 127.0.0.1: ${[...report.leaks, ...offHost].join(', ')}` : 'nothing left 127.0.0.1'}`);
  if (errors.length) console.log(`Console errors:\n  ${errors.map((e) => `${e.source}: ${e.text}`).join('\n  ')}`);
}

async function headed(): Promise<void> {
  const session = await startSession({ headless: false, viewport: null });
  const page = await session.open(DEMO_PAGE);
  console.log(`\nChromium is open on ${page.url()} with GutCheck loaded.`);
  console.log('Click a marked passage or press Alt+Shift+N to see its evidence. Close the window to finish.');
  const done = new Promise<void>((ok) => session.ctx.on('close', () => ok()));
  process.once('SIGINT', () => void session.ctx.close());
  await done;
  await session.server.close();
}

async function main(): Promise<void> {
  if (!findChromium()) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  build();
  const forceHeadless = process.argv.includes('--headless');
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  await (hasDisplay && !forceHeadless ? headed() : headless());
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
