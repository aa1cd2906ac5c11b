import type { HighlightStyle } from '../lib/settings';
import type { HighlightName } from './anchor';

interface Look {
  /** Underline shape: the part of the style that carries the verdict without colour. */
  line: 'solid' | 'dashed' | 'dotted' | 'wavy' | 'double';
  color: string;
  width: number;
  /**
   * Light background tint (the "underline and tint" style); none for the quiet context style.
   * Faint enough that page text with 5:1 contrast on white keeps AA's 4.5:1 on it (tested).
   */
  tint?: string;
}

/**
 * One look per highlight name. Colour never carries meaning alone: each verdict has its own line
 * shape, and the card names the verdict in words. Line colours reach 4.5:1 against white.
 */
export const LOOKS: Readonly<Record<HighlightName, Look>> = {
  'gutcheck-supported': { line: 'solid', color: '#1b6e3a', width: 2, tint: 'rgba(27, 110, 58, 0.07)' },
  'gutcheck-mixed': { line: 'dashed', color: '#8a5a00', width: 2, tint: 'rgba(196, 140, 0, 0.1)' },
  'gutcheck-overstated': { line: 'dotted', color: '#a04a00', width: 3, tint: 'rgba(224, 120, 20, 0.1)' },
  'gutcheck-unsupported': { line: 'wavy', color: '#b3261e', width: 1.5, tint: 'rgba(179, 38, 30, 0.06)' },
  'gutcheck-contradicted': { line: 'double', color: '#7a0f2e', width: 3, tint: 'rgba(122, 15, 46, 0.055)' },
  'gutcheck-context': { line: 'dotted', color: '#6b7280', width: 1 },
};

/**
 * The same lines for text on a dark background (captions over video, dark-mode pages), where the
 * looks above fall to 1.2-1.6:1: light colours that reach 4.5:1 against black and 3:1 against
 * #555, and light tints that keep white text at AA. Drawn by a second highlight per name (see
 * darkName) that holds only the marks on dark backgrounds and outranks the first.
 */
export const DARK_LOOKS: Readonly<Record<HighlightName, Pick<Look, 'color' | 'tint'>>> = {
  'gutcheck-supported': { color: '#6fe39b', tint: 'rgba(111, 227, 155, 0.14)' },
  'gutcheck-mixed': { color: '#ffd166', tint: 'rgba(255, 209, 102, 0.14)' },
  'gutcheck-overstated': { color: '#ffb36b', tint: 'rgba(255, 179, 107, 0.14)' },
  'gutcheck-unsupported': { color: '#ff8f87', tint: 'rgba(255, 143, 135, 0.14)' },
  'gutcheck-contradicted': { color: '#ff9ec0', tint: 'rgba(255, 158, 192, 0.14)' },
  'gutcheck-context': { color: '#c9ced6' },
};

/** The highlight holding a look's marks that sit on a dark background. */
export const darkName = (name: HighlightName): `${HighlightName}-dark` => `${name}-dark`;

const entries = () => Object.entries(LOOKS) as [HighlightName, Look][];

/**
 * The ::highlight() rules in the person's style (underline and tint, or underline only); they must
 * live in the page's document (a shadow root's do not apply).
 */
export function highlightCss(style: HighlightStyle): string {
  const rule = (name: string, l: Look) => {
    const tint = l.tint && style === 'tint' ? ` background-color: ${l.tint};` : '';
    return `::highlight(${name}) { text-decoration: underline ${l.line} ${l.color} ${l.width}px;${tint} }`;
  };
  return entries()
    .flatMap(([name, l]) => [rule(name, l), rule(darkName(name), { ...l, ...DARK_LOOKS[name] })])
    .join('\n');
}

/**
 * The same looks for fallback boxes (browsers without the Highlight API). Borders have no wavy
 * line, so "unsupported" draws dashes above and below instead: still a shape of its own. The
 * "underline only" style is a class on the boxes' container (see FallbackPainter), so this CSS
 * is fixed and goes into the shadow root once.
 */
export function fallbackBoxCss(): string {
  const plain = '.boxes.plain .box { background-color: transparent; }';
  return entries()
    .map(([name, l]) => {
      const width = Math.max(1, Math.round(l.width));
      const shape = l.line === 'wavy' ? 'dashed' : l.line;
      const bottom = `border-bottom: ${l.line === 'double' ? 4 : width}px ${shape} ${l.color};`;
      const top = l.line === 'wavy' ? ` border-top: 1px dashed ${l.color};` : '';
      const tint = l.tint ? ` background-color: ${l.tint};` : '';
      return `.box.${name} { ${bottom}${top}${tint} }`;
    })
    .concat(plain)
    .join('\n');
}
