/**
 * Spans of quoted text: '...', ‘...’, "..." and “...”. A quote opens after a non-letter and
 * closes before one, so apostrophes inside words ("don't", "kids'") are not taken for quotes.
 * Quoted claims are usually cited, not made: "the 'seed oils destroy your gut' crowd".
 */
const QUOTE_RE =
  /(?<![\p{L}\p{N}])(?:'(?=\S)(?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,200}?(?<=\S)'|‘(?=\S)(?:[^‘’\n]|(?<=\p{L})’(?=\p{L})){1,200}?(?<=\S)’|"(?=\S)[^"\n]{1,200}?(?<=\S)"|“[^“”\n]{1,200}?”)(?![\p{L}\p{N}])/gu;

/** A line quoted from someone else, as forums and email do it ("> bone broth seals the gut"). */
const QUOTED_LINE_RE = /^[ \t]*>[^\n]*/gm;

/** [start, end) offsets of every quoted span in `text`. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(QUOTE_RE)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(QUOTED_LINE_RE)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
