import { LOOKS } from '../scan.content/highlight-css';

/**
 * The website marks' looks (line shape per verdict, a quiet dotted line for context) as rules for
 * <mark> elements: this is our own page, so plain elements carry them instead of CSS highlights,
 * and a lesson sees exactly the lines the reader will meet on websites.
 */
export function markCss(): string {
  return Object.entries(LOOKS)
    .map(
      ([name, l]) =>
        `mark.${name} { color: inherit; background-color: ${l.tint ?? 'transparent'}; text-decoration: underline ${l.line} ${l.color} ${l.width}px; text-underline-offset: 3px; }`,
    )
    .join('\n');
}
