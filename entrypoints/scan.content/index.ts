import { nextTask } from './next-task';

/**
 * GutCheck on every http(s) page: reads the settings for this site, then scans, marks and
 * explains leaky-gut claims. Sends nothing off the device; adds to the page only one <style>
 * (highlight rules) and one shadow host, and only once a claim is found.
 *
 * This entry is deliberately tiny. Everything heavy is imported dynamically, which the IIFE build
 * inlines but initialises lazily, one stage per task: session and zod, then (unless GutCheck is
 * off here) the claims and engine, then React only when the first card or live region is shown.
 * Evaluating it all at injection was one ~75 ms task on a 2-core machine.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual', // styles are inlined into our shadow root; nothing is injected or fetched
  async main(ctx) {
    await nextTask();
    if (ctx.isInvalid) return;
    const { startGutCheck } = await import('./start');
    await startGutCheck(ctx);
  },
});
