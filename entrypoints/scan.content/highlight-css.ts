import type { HighlightName } from './anchor';

interface Look {
  /** Underline shape: the part of the style that carries the verdict without colour. */
  line: 'solid' | 'dashed' | 'dotted' | 'wavy' | 'double';
  color: string;
  width: number;
  /** Light background tint; none for the quiet context style. */
  tint?: string;
}

/**
 * One look per highlight name. Colour never carries meaning alone: each verdict has its own line
 * shape, and the card names the verdict in words. Line colours reach 4.5:1 against white.
 */
export const LOOKS: Readonly<Record<HighlightName, Look>> = {
  'gutcheck-supported': { line: 'solid', color: '#1b6e3a', width: 2, tint: 'rgba(27, 110, 58, 0.10)' },
  'gutcheck-mixed': { line: 'dashed', color: '#8a5a00', width: 2, tint: 'rgba(196, 140, 0, 0.14)' },
  'gutcheck-overstated': { line: 'dotted', color: '#a04a00', width: 3, tint: 'rgba(224, 120, 20, 0.14)' },
  'gutcheck-unsupported': { line: 'wavy', color: '#b3261e', width: 1.5, tint: 'rgba(179, 38, 30, 0.10)' },
  'gutcheck-contradicted': { line: 'double', color: '#7a0f2e', width: 3, tint: 'rgba(122, 15, 46, 0.12)' },
  'gutcheck-context': { line: 'dotted', color: '#6b7280', width: 1 },
};

const entries = () => Object.entries(LOOKS) as [HighlightName, Look][];

/** The ::highlight() rules; they must live in the page's document (a shadow root's do not apply). */
export function highlightCss(): string {
  return entries()
    .map(([name, l]) => {
      const tint = l.tint ? ` background-color: ${l.tint};` : '';
      return `::highlight(${name}) { text-decoration: underline ${l.line} ${l.color} ${l.width}px;${tint} }`;
    })
    .join('\n');
}

/**
 * The same looks for fallback boxes (browsers without the Highlight API). Borders have no wavy
 * line, so "unsupported" draws dashes above and below instead: still a shape of its own.
 */
export function fallbackBoxCss(): string {
  return entries()
    .map(([name, l]) => {
      const width = Math.max(1, Math.round(l.width));
      const shape = l.line === 'wavy' ? 'dashed' : l.line;
      const bottom = `border-bottom: ${l.line === 'double' ? 4 : width}px ${shape} ${l.color};`;
      const top = l.line === 'wavy' ? ` border-top: 1px dashed ${l.color};` : '';
      const tint = l.tint ? ` background-color: ${l.tint};` : '';
      return `.box.${name} { ${bottom}${top}${tint} }`;
    })
    .join('\n');
}
