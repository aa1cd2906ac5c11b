import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES } from '@/entrypoints/scan.content/anchor';
import { DARK_LOOKS, darkName, fallbackBoxCss, highlightCss, LOOKS } from '@/entrypoints/scan.content/highlight-css';
import { luminanceOf } from '@/entrypoints/scan.content/on-dark';

type Rgb = readonly [number, number, number];

/** WCAG 2 relative luminance and contrast ratio. */
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** An rgba() tint painted over an opaque background. */
const over = (tint: string, bg: Rgb): Rgb => {
  const [r, g, b, a] = tint.match(/[\d.]+/g)!.map(Number) as [number, number, number, number];
  return [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a)];
};

const tinted = HIGHLIGHT_NAMES.filter((n) => LOOKS[n].tint);

describe('highlight styles', () => {
  it('"underline and tint" paints the verdict tints; "underline only" paints none but keeps every line', () => {
    const tint = highlightCss('tint');
    const plain = highlightCss('underline');
    expect(tinted.length).toBe(5);
    for (const name of tinted) expect(tint).toContain(LOOKS[name].tint);
    expect(plain).not.toContain('background-color');
    for (const name of HIGHLIGHT_NAMES) {
      const line = `::highlight(${name}) { text-decoration: underline ${LOOKS[name].line} ${LOOKS[name].color} ${LOOKS[name].width}px;`;
      expect(tint).toContain(line);
      expect(plain).toContain(line);
    }
  });

  it('fallback boxes drop the tint under the "plain" class, which outranks each verdict rule', () => {
    expect(fallbackBoxCss()).toContain('.boxes.plain .box { background-color: transparent; }');
  });

  // The tint sits behind the page's own text: it must not take that text below AA (4.5:1).
  it('keeps page text with 5:1 on white at AA (4.5:1) on every tint', () => {
    // The lightest grey with 5:1 on white, and the usual dark body colours.
    for (const text of [[0x6f, 0x6f, 0x6f], [0x33, 0x33, 0x33], [0, 0, 0]] as Rgb[]) {
      expect(contrast(text, [255, 255, 255])).toBeGreaterThanOrEqual(5);
      for (const name of tinted) expect(contrast(text, over(LOOKS[name].tint!, [255, 255, 255])), `${name} under rgb(${text})`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps light text on a dark page at AA on every tint', () => {
    const page: Rgb = [0x1c, 0x21, 0x29];
    for (const text of [[0xa9, 0xb4, 0xc2], [0xe5, 0xe9, 0xf0]] as Rgb[]) {
      for (const name of tinted) expect(contrast(text, over(LOOKS[name].tint!, page)), `${name} under rgb(${text})`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('on dark backgrounds, draws each line in a light colour that stands out (4.5:1 on black, 3:1 on #555)', () => {
    const hex = (c: string): Rgb => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as unknown as Rgb;
    const css = highlightCss('tint');
    for (const name of HIGHLIGHT_NAMES) {
      const { color, tint } = DARK_LOOKS[name];
      expect(contrast(hex(color), [0, 0, 0]), name).toBeGreaterThanOrEqual(4.5);
      expect(contrast(hex(color), [0x55, 0x55, 0x55]), name).toBeGreaterThanOrEqual(3);
      // Same line shape as on light ground: only the colour changes.
      expect(css).toContain(`::highlight(${darkName(name)}) { text-decoration: underline ${LOOKS[name].line} ${color} ${LOOKS[name].width}px;`);
      // White caption text keeps AA on the tint over black.
      if (tint) expect(contrast([255, 255, 255], over(tint, [0, 0, 0]))).toBeGreaterThanOrEqual(4.5);
    }
    expect(highlightCss('underline')).not.toContain('background-color');
  });

  it('reads light text as sitting on a dark background', () => {
    expect(luminanceOf('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminanceOf('rgba(34, 34, 34, 0.9)')! < 0.45).toBe(true);
    expect(luminanceOf('rgb(180, 180, 180)')! >= 0.45).toBe(true);
    expect(luminanceOf('color(srgb 1 1 1)')).toBeNull();
  });
});
