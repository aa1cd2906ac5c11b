/**
 * A deliberately crude suffix stripper, applied the same way to vocabulary and text, so that
 * "heals", "healed", "healing" and "heal" share one key. It only has to be consistent, not
 * linguistically right: keys are never shown to anyone.
 */
export function stem(word: string): string {
  if (word.length <= 3 || KEPT.has(word)) return word;
  let w = word;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // "note", "notes", "noted" must not become the negation "not" ("Note: alcohol makes your gut
  // leaky" was read as a refutation).
  return COLLIDES.has(w) ? word : w;
}

/**
 * Words kept whole because their key would be a vocabulary word's of another sense: "line",
 * "lines", "lined" would share "lining"'s key (the gut lining: "the first line of defence", "the
 * lines on the chart"), "existing" that of "exists" (a claim that leaky gut is real: "pre-existing
 * conditions"), "mark", "marks", "marked" that of a test's "markers".
 */
const KEPT = new Set(['line', 'lines', 'lined', 'existing', 'mark', 'marks', 'marked']);

/** Keys of negation cues that longer words would otherwise be stripped down to. */
const COLLIDES = new Set(['not']);

const SUFFIXES = ['ings', 'ing', 'ers', 'ies', 'ied', 'ed', 'er', 'es', 's'];
