/** Longest passage the readable report prints before ellipsising. */
export const PASSAGE_MAX = 160;

/**
 * A passage as one readable line: whitespace collapsed, trimmed, and cut at a word boundary
 * with "…" when longer than `max` characters.
 */
export function shortPassage(passage: string, max = PASSAGE_MAX): string {
  const flat = passage.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
