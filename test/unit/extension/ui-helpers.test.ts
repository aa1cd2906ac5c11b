import { describe, expect, it } from 'vitest';
import { claimCountText } from '@/components/claim-count';
import { evidenceValue } from '@/components/EvidenceMeter';
import { placePanel } from '@/components/FloatingPanel';
import { sourceHref } from '@/components/SourceList';
import { highlightNameFor, HIGHLIGHT_NAMES } from '@/entrypoints/scan.content/anchor';
import { fallbackBoxCss, highlightCss, LOOKS } from '@/entrypoints/scan.content/highlight-css';
import { navDirection } from '@/entrypoints/scan.content/keyboard';
import { pageKey } from '@/entrypoints/scan.content/url-watcher';

describe('small pieces of the page UI', () => {
  it('says how many claims the page makes, and where a screen-reader user can list them', () => {
    expect(claimCountText(0)).toBe('');
    expect(claimCountText(1)).toBe('1 claim on this page: open the GutCheck panel to list it');
    expect(claimCountText(3)).toBe('3 claims on this page: open the GutCheck panel to list them');
  });

  it('maps GRADE levels to meter values 1-4', () => {
    expect(['very-low', 'low', 'moderate', 'high'].map((l) => evidenceValue(l as never))).toEqual([1, 2, 3, 4]);
  });

  it('links PubMed first, then DOI, then the page', () => {
    const base = { title: 'A study of things', year: 2020 };
    expect(sourceHref({ ...base, pmid: '31076401', doi: '10.1/x' })).toBe('https://pubmed.ncbi.nlm.nih.gov/31076401/');
    expect(sourceHref({ ...base, doi: '10.1136/gutjnl-2019-318427' })).toBe('https://doi.org/10.1136/gutjnl-2019-318427');
    expect(sourceHref({ ...base, url: 'https://www.nhs.uk/x' })).toBe('https://www.nhs.uk/x');
  });

  it('places the card below its passage, above when there is no room, always on screen', () => {
    const vp = { width: 1000, height: 800 };
    const size = { width: 360, height: 300 };
    expect(placePanel({ top: 100, bottom: 120, left: 50, right: 300 }, size, vp)).toEqual({ top: 128, left: 50, maxHeight: 664 });
    expect(placePanel({ top: 700, bottom: 720, left: 900, right: 990 }, size, vp)).toEqual({ top: 392, left: 632, maxHeight: 684 });
    expect(placePanel({ top: 10, bottom: 790, left: -50, right: 10 }, size, vp)).toEqual({ top: 492, left: 8, maxHeight: 784 });
  });

  it('places the card inside the visible part of a pinch-zoomed page', () => {
    // Zoomed 2x on a 390 px phone: 195 x 400 CSS px are on screen, scrolled to (100, 1000).
    const vp = { width: 195, height: 400, left: 100, top: 1000 };
    const place = placePanel({ top: 1050, bottom: 1070, left: 120, right: 280 }, { width: 180, height: 150 }, vp);
    expect(place).toEqual({ top: 1078, left: 108, maxHeight: 314 });
    expect(place.left + 180).toBeLessThanOrEqual(vp.left + vp.width);
  });

  it('caps a card too tall for either side instead of covering its passage', () => {
    const vp = { width: 1000, height: 800 };
    const below = placePanel({ top: 300, bottom: 320, left: 50, right: 300 }, { width: 360, height: 600 }, vp);
    expect(below).toEqual({ top: 328, left: 50, maxHeight: 464 });
    const above = placePanel({ top: 600, bottom: 620, left: 50, right: 300 }, { width: 360, height: 700 }, vp);
    expect(above).toEqual({ top: 8, left: 50, maxHeight: 584 });
    expect(above.top + above.maxHeight).toBeLessThanOrEqual(600);
  });

  it('styles asserted hits by verdict and everything else as context, each with its own line shape', () => {
    expect(highlightNameFor('asserts', 'overstated')).toBe('gutcheck-overstated');
    expect(highlightNameFor('refutes', 'supported')).toBe('gutcheck-context');
    expect(highlightNameFor('mentions', 'contradicted')).toBe('gutcheck-context');
    const verdictLines = HIGHLIGHT_NAMES.filter((n) => n !== 'gutcheck-context').map((n) => LOOKS[n].line);
    expect(new Set(verdictLines).size).toBe(5);
    for (const name of HIGHLIGHT_NAMES) {
      expect(highlightCss('tint')).toContain(`::highlight(${name})`);
      expect(fallbackBoxCss()).toContain(`.box.${name}`);
    }
  });

  it('reads Alt+Shift+N / Alt+Shift+P by physical key', () => {
    const key = (code: string, mods: Partial<KeyboardEvent> = {}) =>
      navDirection({ code, altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, repeat: false, ...mods } as KeyboardEvent);
    expect(key('KeyN')).toBe(1);
    expect(key('KeyP')).toBe(-1);
    expect(key('KeyN', { ctrlKey: true })).toBe(0);
    expect(key('KeyN', { shiftKey: false })).toBe(0);
    expect(key('KeyX')).toBe(0);
  });

  it('treats a #fragment as the same page', () => {
    expect(pageKey('https://a.example/p?q=1#c')).toBe('https://a.example/p?q=1');
    expect(pageKey('https://a.example/p')).toBe('https://a.example/p');
  });
});
