/**
 * Reads what GutCheck did to a page, from the page's main world: the CSS highlight registry is
 * per document, so ranges and their text are visible here without touching the extension.
 */
import type { Page } from 'playwright-core';

export const VERDICTS = ['supported', 'mixed', 'overstated', 'unsupported', 'contradicted'] as const;
export type VerdictName = (typeof VERDICTS)[number];
/** Highlight names of the contract: one per verdict for asserted claims, one for context. */
export const ASSERTED_HIGHLIGHTS = VERDICTS.map((v) => `gutcheck-${v}`);
export const CONTEXT_HIGHLIGHT = 'gutcheck-context';

export interface Mark {
  /** Highlight name, e.g. gutcheck-overstated. */
  name: string;
  /** range.toString(), whitespace collapsed. */
  text: string;
  /** Where the range sits, if it is somewhere GutCheck must never read (input, textarea, editable, hidden). */
  forbidden: string | null;
}

/**
 * Every range in every gutcheck-* highlight, in registry order. Run in the page (serialised, so
 * self-contained); exported so the browser seam (browser-seam.ts) runs the very same reader.
 */
export const marksInPage = (): Mark[] => {
  const out: { name: string; text: string; forbidden: string | null }[] = [];
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return out;
  for (const [name, hl] of CSS.highlights) {
    if (!name.startsWith('gutcheck-')) continue;
    for (const r of hl as Highlight) {
      const range = r as Range;
      const node = range.startContainer;
      const el = node instanceof Element ? node : node.parentElement;
      let forbidden: string | null = null;
      if (el?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], template, noscript, script, style')) {
        forbidden = el.closest('input, textarea, select, [contenteditable], template, noscript, script, style')!.tagName.toLowerCase();
      } else if (el && !el.checkVisibility()) forbidden = 'hidden';
      out.push({ name, text: range.toString().replace(/\s+/g, ' ').trim(), forbidden });
    }
  }
  return out;
};

/** Every range in every gutcheck-* highlight, in registry order. */
export function readMarks(page: Page): Promise<Mark[]> {
  return page.evaluate(marksInPage);
}

/**
 * Waits until the marks stop changing (same count and texts for `quietMs`), the way a reader's
 * eye would: the extension gives no "done" signal. Returns the settled marks.
 */
export function waitForMarks(page: Page, opts: SettleOptions = {}): Promise<Mark[]> {
  return settleMarks(() => readMarks(page), opts);
}

export interface SettleOptions {
  quietMs?: number;
  timeoutMs?: number;
  atLeast?: number;
}

/** waitForMarks for any driver: `read` returns the page's marks (marksInPage run in the page). */
export async function settleMarks(read: () => Promise<Mark[]>, opts: SettleOptions = {}): Promise<Mark[]> {
  const quiet = opts.quietMs ?? 700;
  const deadline = Date.now() + (opts.timeoutMs ?? 6_000);
  let last = '';
  let since = Date.now();
  let marks: Mark[] = [];
  while (Date.now() < deadline) {
    marks = await read();
    const key = JSON.stringify(marks);
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (Date.now() - since >= quiet && marks.length >= (opts.atLeast ?? 0)) {
      return marks;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return marks;
}

/**
 * Scrolls the n-th range of `name` into view and returns a point inside one of its line boxes,
 * preferring one not on a link or button (a click there would navigate or act on the page);
 * `onControl` says none was free, so the caller should hover instead of click.
 */
export function locateMark(page: Page, name: string, index: number): Promise<MarkPoint | null> {
  return page.evaluate(markPointInPage, [name, index] as const);
}

export interface MarkPoint {
  x: number;
  y: number;
  onControl: boolean;
}

/** locateMark's body, run in the page: `[highlight name, index]` in, a point or null out. */
export const markPointInPage = ([name, index]: readonly [string, number]): MarkPoint | null => {
  const range = [...((CSS.highlights.get(name) as Highlight | undefined) ?? [])][index] as Range | undefined;
  if (!range) return null;
  const node = range.startContainer;
  (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
  let fallback: { x: number; y: number; onControl: boolean } | null = null;
  for (const box of range.getClientRects()) {
    if (box.width < 2 || box.height < 2) continue;
    for (const f of [0.5, 0.25, 0.75, 0.1, 0.9]) {
      const x = box.left + box.width * f;
      const y = box.top + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      if (hit && !hit.closest('a, button, [role=button]')) return { x, y, onControl: false };
      fallback ??= { x, y, onControl: true };
    }
  }
  return fallback;
};

/**
 * Remembers, on the page's window, the Range objects of every gutcheck-* highlight (see
 * rangesKeptInPage). Run in the page. The page's world serves both browsers: the highlight
 * registry is the document's, and one Range is the same object at every look from one world.
 */
export const rememberRangesInPage = (): number => {
  const ranges = [...CSS.highlights].filter(([name]) => name.startsWith('gutcheck-')).flatMap(([, h]) => [...(h as Highlight)]);
  (window as unknown as { __gutcheckRemembered: AbstractRange[] }).__gutcheckRemembered = ranges;
  return ranges.length;
};

/** How many remembered Ranges are still painted, as the same objects, and how many there are now. Run in the page. */
export const rangesKeptInPage = (): { kept: number; remembered: number; now: number } => {
  const now = new Set([...CSS.highlights].filter(([name]) => name.startsWith('gutcheck-')).flatMap(([, h]) => [...(h as Highlight)]));
  const old = (window as unknown as { __gutcheckRemembered?: AbstractRange[] }).__gutcheckRemembered ?? [];
  return { kept: old.filter((r) => now.has(r)).length, remembered: old.length, now: now.size };
};

export interface PageSnapshot {
  /** document.body.innerText. */
  text: string;
  /** documentElement serialised without GutCheck's host and style, plus the page's own open shadow roots. */
  dom: string;
  /** Values of form fields, which outerHTML does not show. */
  fields: string[];
  /** Document-relative top and height of the page's blocks: a layout shift shows here. */
  layout: string[];
  /** Elements GutCheck added, by the contract exactly one host and one style. */
  ours: string[];
}

/** What the page looks like to its reader and its own scripts, minus GutCheck's own additions. */
export function snapshot(page: Page): Promise<PageSnapshot> {
  return page.evaluate(snapshotInPage);
}

/** snapshot's body, run in the page (serialised, so self-contained). */
export const snapshotInPage = (): PageSnapshot => {
  const OURS = 'gutcheck-ui, style[data-gutcheck-ui]';
  const clone = document.documentElement.cloneNode(true) as Element;
  clone.querySelectorAll(OURS).forEach((n) => n.remove());
  const shadows: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    if (el.shadowRoot && !el.matches('gutcheck-ui')) shadows.push(`${el.tagName}:${el.shadowRoot.innerHTML}`);
  }
  const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map(
    (f) => `${f.name || f.id}=${f.value}`,
  );
  const layout = [...document.querySelectorAll('h1, h2, h3, p, li, article, [role=article], form')].map((el) => {
    const r = el.getBoundingClientRect();
    return `${el.tagName}@${Math.round(r.top + scrollY)}+${Math.round(r.height)}`;
  });
  const ours = [...document.querySelectorAll(OURS)].map((n) => `${n.parentElement?.tagName.toLowerCase()}>${n.tagName.toLowerCase()}`);
  return { text: document.body.innerText, dom: clone.outerHTML + shadows.join('\n'), fields, layout, ours };
};
