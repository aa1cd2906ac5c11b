/**
 * Splits a lower-case hashtag into known words ("leakygut" -> ["leaky", "gut"]) by dynamic
 * programming, preferring the split with the fewest words. Returns undefined when no complete
 * split exists, so an unknown tag stays one word. Results are cached per tag.
 */
export function makeTagSplitter(words: ReadonlySet<string>): (tag: string) => string[] | undefined {
  const cache = new Map<string, string[] | undefined>();
  let maxLen = 0;
  for (const w of words) maxLen = Math.max(maxLen, w.length);
  return (tag) => {
    if (tag.length > 40) return undefined;
    if (cache.has(tag)) return cache.get(tag);
    const best: (string[] | undefined)[] = new Array(tag.length + 1);
    best[0] = [];
    for (let end = 1; end <= tag.length; end++) {
      for (let start = Math.max(0, end - maxLen); start < end; start++) {
        const prefix = best[start];
        if (!prefix) continue;
        const piece = tag.slice(start, end);
        if (piece.length < 2 && !/\d/.test(piece)) continue;
        if (!words.has(piece) && !/^\d+$/.test(piece)) continue;
        const candidate = [...prefix, piece];
        const current = best[end];
        if (!current || candidate.length < current.length) best[end] = candidate;
      }
    }
    const result = best[tag.length];
    cache.set(tag, result);
    return result;
  };
}
