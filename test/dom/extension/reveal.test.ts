import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadDatabase } from '@/claims/cli/load-database';
import type { ScanResults } from '@/entrypoints/lib/messages';
import { FLASH_NAME, flashRange } from '@/entrypoints/scan.content/flash';
import { PageSession } from '@/entrypoints/scan.content/page-session';
import { answerPanel, findPassage } from '@/entrypoints/scan.content/reveal';

// A sentence the database itself says must match, so the test follows the engine as it evolves.
const sentence = loadDatabase().find((c) => c.id === 'bone-broth-heals-gut')!.examples.asserts[0]!;
const filler = 'Ordinary words about gardens and bicycles. '.repeat(40);
const post = (text: string) => `<article role="article"><p>${text}</p><p>${filler}</p></article>`;

/** happy-dom has no CSS Custom Highlight API: a registry and a Highlight class as Chromium has them. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
let registry: Map<string, FakeHighlight>;
let reducedMotion: boolean;
const flashed = () => [...(registry.get(FLASH_NAME) ?? [])].map((r) => (r as Range).toString());
const flashStyles = () => document.querySelectorAll('style[data-gutcheck-ui]').length;

beforeEach(() => {
  registry = new Map();
  reducedMotion = false;
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  vi.spyOn(window, 'matchMedia').mockImplementation((q: string) => ({ matches: q.includes('reduce') && reducedMotion }) as MediaQueryList);
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function rangeOf(text: string): Range {
  document.body.innerHTML = `<p>Before. ${text} After.</p>`;
  const node = document.querySelector('p')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, 8);
  range.setEnd(node, 8 + text.length);
  return range;
}

describe('flashing a passage the side panel asked for', () => {
  it('blinks twice, then stays a moment, then leaves nothing behind', () => {
    vi.useFakeTimers();
    flashRange(rangeOf('heals your gut'), new AbortController().signal);
    expect(flashed()).toEqual(['heals your gut']);
    expect(registry.get(FLASH_NAME)!.priority, 'drawn above the verdict line').toBe(2);
    expect(document.head.querySelector('style[data-gutcheck-ui]')!.textContent).toContain(`::highlight(${FLASH_NAME})`);
    const seen: number[] = [];
    for (let t = 0; t < 1800; t += 50) {
      seen.push(flashed().length);
      vi.advanceTimersByTime(50);
    }
    expect(seen.join('').replace(/(.)\1+/g, '$1'), 'on, off, on, off, on, gone').toBe('10101' + '0');
    expect(registry.has(FLASH_NAME)).toBe(false);
    expect(flashStyles()).toBe(0);
  });

  it('with reduced motion, one steady emphasis and no blinking', () => {
    reducedMotion = true;
    vi.useFakeTimers();
    flashRange(rangeOf('heals your gut'), new AbortController().signal);
    for (let t = 0; t < 1650; t += 50) {
      expect(flashed(), `at ${t} ms`).toEqual(['heals your gut']);
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(100);
    expect(registry.has(FLASH_NAME)).toBe(false);
  });

  it('a new flash ends the previous one, and the extension going away ends it at once', () => {
    vi.useFakeTimers();
    const ctl = new AbortController();
    flashRange(rangeOf('first words'), ctl.signal);
    flashRange(rangeOf('second words'), ctl.signal);
    expect(flashed()).toEqual(['second words']);
    expect(flashStyles()).toBe(1);
    ctl.abort();
    expect(registry.has(FLASH_NAME)).toBe(false);
    expect(flashStyles()).toBe(0);
  });
});

describe('answering the side panel', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    fakeBrowser.reset();
    ctx = new ContentScriptContext('reveal-test');
  });
  afterEach(() => ctx.abort());

  it('finds the mark the tab’s results name, scrolls to it and flashes it; says when it has gone', async () => {
    const reports: ScanResults[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => void reports.push(msg as ScanResults));
    document.body.innerHTML = `<main>${post('Nothing to see here.')}${post(sentence)}</main>`;
    const session = new PageSession(ctx);
    session.setMode('badge'); // no marks drawn: the flash still shows where the passage is
    await vi.waitFor(() => expect(reports.at(-1)?.claims.some((c) => c.id === 'bone-broth-heals-gut')).toBe(true), { timeout: 5000 });
    const reported = reports.at(-1)!.claims.find((c) => c.id === 'bone-broth-heals-gut')!;
    const want = { id: reported.id, stance: reported.stance, text: reported.text };

    const mark = findPassage(session.store.marks(), want);
    expect(mark?.passage.slice(0, 300)).toBe(reported.text);
    expect(findPassage(session.store.marks(), { ...want, stance: 'refutes' })).toBeNull();
    expect(findPassage(session.store.marks(), { ...want, text: 'other words' })).toBeNull();
    session.dismiss('bone-broth-heals-gut'); // hidden on the page, still listed in the panel
    expect(findPassage(session.store.marks(), want)).toBe(mark);

    answerPanel(ctx, session);
    const reply = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'reveal-passage', ...want }, {}, reply);
    expect(reply).toHaveBeenLastCalledWith({ found: true });
    expect(flashed()).toEqual([mark!.range.toString()]);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'reveal-passage', ...want, text: 'gone from the page' }, {}, reply);
    expect(reply).toHaveBeenLastCalledWith({ found: false });
    reply.mockClear();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'reveal-passage', id: '../x', stance: 'asserts', text: '' }, {}, reply);
    expect(reply, 'an invalid request gets no answer').not.toHaveBeenCalled();
  });
});
