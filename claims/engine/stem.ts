/**
 * A deliberately crude suffix stripper, applied the same way to vocabulary and text, so that
 * "heals", "healed", "healing" and "heal" share one key. It only has to be consistent, not
 * linguistically right: keys are never shown to anyone.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  const known = memo.get(word);
  if (known !== undefined) return known;
  const result = strip(word);
  // Natural text repeats its words, so a bounded memo pays; cleared rather than grown without end.
  if (memo.size > 50_000) memo.clear();
  memo.set(word, result);
  return result;
}

const memo = new Map<string, string>();

function strip(word: string): string {
  let w = word;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const SUFFIXES = ['ings', 'ing', 'ers', 'ies', 'ied', 'ed', 'er', 'es', 's'];
