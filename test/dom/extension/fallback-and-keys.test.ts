import { describe, expect, it, vi } from 'vitest';
import type { Mark } from '@/entrypoints/scan.content/anchor';
import { readingOrder, stepMark } from '@/entrypoints/scan.content/claim-order';
import { FallbackPainter } from '@/entrypoints/scan.content/fallback-painter';
import { isTypingTarget } from '@/entrypoints/scan.content/keyboard';

/** A mark whose range reports the given line boxes (happy-dom has no layout). */
function fakeMark(rects: { top: number; left: number; width: number; height: number }[], unit = document.body, start = 0): Mark {
  const range = document.createRange();
  range.getClientRects = () => rects.map((r) => ({ ...r, right: r.left + r.width, bottom: r.top + r.height })) as unknown as DOMRectList;
  return {
    key: start,
    hit: { id: 'x', stance: 'asserts', start, end: start + 1, matched: [], score: 1, confidence: 1, why: [] },
    verdict: 'mixed',
    name: 'gutcheck-mixed',
    range,
    passage: 'x',
    unit,
  };
}

describe('fallback boxes (no CSS Highlight API)', () => {
  it('draws one box per visible line of a passage in our container, and removes them with the mark', async () => {
    const container = document.createElement('div');
    const painter = new FallbackPainter(() => container, new AbortController().signal);
    const mark = fakeMark([
      { top: 10, left: 20, width: 100, height: 18 },
      { top: 30, left: 0, width: 50, height: 18 },
      { top: 99999, left: 0, width: 50, height: 18 }, // off screen: not drawn
    ]);
    painter.add([mark]);
    await vi.waitFor(() => expect(container.children).toHaveLength(2));
    const box = container.children[0] as HTMLElement;
    expect(box.className).toBe('box gutcheck-mixed');
    expect(box.style.top).toBe('10px');
    expect(box.style.width).toBe('100px');
    painter.remove([mark]);
    await vi.waitFor(() => expect(container.children).toHaveLength(0));
  });
});

describe('keyboard navigation helpers', () => {
  it('ignores keys typed into fields and editable regions', () => {
    document.body.innerHTML = '<input id="i"><textarea id="t"></textarea><div contenteditable="true"><b id="e">x</b></div><p id="p">x</p>';
    const typedAt = (id: string) => {
      const event = new KeyboardEvent('keydown', { bubbles: true, composed: true });
      let result = false;
      document.addEventListener('keydown', (e) => (result = isTypingTarget(e)), { once: true });
      document.getElementById(id)!.dispatchEvent(event);
      return result;
    };
    expect(typedAt('i')).toBe(true);
    expect(typedAt('t')).toBe(true);
    expect(typedAt('e'), 'inside a contenteditable region').toBe(true);
    expect(typedAt('p')).toBe(false);
  });

  it('walks marks in reading order and wraps around', () => {
    document.body.innerHTML = '<p id="a"></p><p id="b"></p>';
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const m1 = fakeMark([], a, 5);
    const m2 = fakeMark([], a, 1);
    const m3 = fakeMark([], b, 0);
    const ordered = readingOrder([m3, m1, m2]);
    expect(ordered).toEqual([m2, m1, m3]);
    expect(stepMark(ordered, null, 1)).toBe(m2);
    expect(stepMark(ordered, null, -1)).toBe(m3);
    expect(stepMark(ordered, m3, 1)).toBe(m2);
    expect(stepMark(ordered, m2, -1)).toBe(m3);
    expect(stepMark([], null, 1)).toBeNull();
  });
});
