import { OWN_UI_ATTR } from '@/claims/page-text';
import { supportsHighlights } from './highlight-painter';

/** Highlight name of the passage the side panel just asked for; tests look it up by name. */
export const FLASH_NAME = 'gutcheck-flash';

/** A bright tint with dark text, drawn above the verdict's own line (priority 2 beats 1). */
const FLASH_CSS = `::highlight(${FLASH_NAME}) { background-color: #ffe066; color: #111111; }`;

/** On and off times in ms: two short blinks, then a steady moment, ending unmarked. */
const BLINKS = [350, 150, 350, 150, 700];
/** With reduced motion: no blinking, one steady emphasis of about the same length. */
const STEADY = [1700];

type HighlightWindow = Window & typeof globalThis;

let stop: (() => void) | null = null;

/**
 * Briefly emphasises a passage the reader picked in the side panel, so the eye finds it after the
 * page scrolled. Drawn as its own CSS highlight with a transient <style> (removed afterwards), so
 * it shows in "badge only" mode too, where the page has no marks. Blinks unless the reader asked
 * for reduced motion. A new flash ends the previous one. No-op without the Highlight API.
 */
export function flashRange(range: Range, signal: AbortSignal): void {
  stop?.();
  const doc = range.startContainer.ownerDocument;
  if (!doc || !supportsHighlights(doc) || signal.aborted) return;
  const view = doc.defaultView as HighlightWindow;
  const style = doc.createElement('style');
  style.setAttribute(OWN_UI_ATTR, '');
  style.textContent = FLASH_CSS;
  (doc.head ?? doc.documentElement).append(style);
  const highlight = new view.Highlight();
  highlight.priority = 2;
  const still = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const steps = still ? STEADY : BLINKS;
  let timer = 0;
  const end = () => {
    view.clearTimeout(timer);
    if (view.CSS.highlights.get(FLASH_NAME) === highlight) view.CSS.highlights.delete(FLASH_NAME);
    style.remove();
    signal.removeEventListener('abort', end);
    if (stop === end) stop = null;
  };
  const show = (i: number) => {
    if (i >= steps.length) return end();
    if (i % 2 === 0) view.CSS.highlights.set(FLASH_NAME, highlight.add(range));
    else highlight.clear();
    timer = view.setTimeout(() => show(i + 1), steps[i]);
  };
  stop = end;
  signal.addEventListener('abort', end, { once: true });
  show(0);
}
