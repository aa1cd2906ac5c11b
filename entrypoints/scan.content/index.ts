import { nextTask } from './next-task';

/**
 * The checker: reads this site's settings, then scans, marks and explains leaky-gut claims.
 * Sends nothing off the device; adds to the page only one <style> (highlight rules) and one
 * shadow host, and only once a claim is found.
 *
 * Not in the manifest: the background injects it (scripting.executeScript) into a frame whose
 * watch script (entrypoints/watch.content) saw a gut-health word, so pages that never mention the
 * topic never load the claims, the engine or React. WXT lists its matches as host permissions.
 *
 * This entry is deliberately tiny. Everything heavy is imported dynamically, which the IIFE build
 * inlines but initialises lazily, one stage per task: session and zod, then (unless GutCheck is
 * off here) the claims and engine, then React only when the first card or live region is shown.
 * Evaluating it all at injection was one ~75 ms task on a 2-core machine.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual', // styles are inlined into our shadow root; nothing is injected or fetched
  noScriptStartedPostMessage: true, // see watch.content: no announcement to the page's scripts
  async main(ctx) {
    await nextTask();
    if (ctx.isInvalid) return;
    const { startGutCheck } = await import('./start');
    await startGutCheck(ctx);
  },
});
