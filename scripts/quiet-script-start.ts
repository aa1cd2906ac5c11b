import type { Plugin } from 'vite';

/** The three places WXT's content-script context uses `document` to tell its scripts apart. */
const DOCUMENT_CALLS = [
  'document.dispatchEvent(new CustomEvent(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE',
  'document.addEventListener(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE',
  'document.removeEventListener(ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE',
];

/**
 * WXT's content-script context announces every script start with a DOM event on `document`,
 * named after the extension id and the script (`<id>:watch:wxt:content-script-started`), so that
 * an older copy of the same script in the page stops. A DOM event reaches the page's own scripts
 * too: any page listening for that name would learn that GutCheck is installed, and from the
 * checker's event that it took the page for a gut-health page. Content scripts of one extension
 * in one frame share one isolated world (one global object, which the page cannot see), so the
 * same announcement is sent there instead, on an EventTarget kept on that world's globalThis:
 * a second checker injected into a document still stops the first, and the page hears nothing.
 * (`noScriptStartedPostMessage` in each script turns off WXT's other announcement, by postMessage.)
 * The build fails if WXT changes these lines, rather than leaking again unnoticed.
 */
export function quietScriptStart(): Plugin {
  return {
    name: 'gutcheck:quiet-script-start',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/wxt/dist/utils/content-script-context.mjs')) return null;
      let out = code;
      for (const call of DOCUMENT_CALLS) {
        const at = out.indexOf(call);
        if (at < 0 || out.indexOf(call, at + 1) >= 0) throw new Error(`quiet-script-start: WXT's content-script context changed (expected "${call}" once in ${id})`);
        out = out.replace(call, call.replace(/^document\./, 'scriptWorld().'));
      }
      return `const scriptWorld = () => (globalThis.__gutcheckScriptWorld ??= new EventTarget());\n${out}`;
    },
    // Should WXT move its context to another file, the transform above would never match: a
    // script that names the start event without the world channel fails the build instead.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes('wxt:content-script-started') && !chunk.code.includes('__gutcheckScriptWorld')) {
          this.error(`quiet-script-start: ${chunk.fileName} announces its start to the page (WXT's content-script context was not rewritten)`);
        }
      }
    },
  };
}
