/**
 * Folds one word to the form the vocabulary is written in: lower case, no diacritics, no
 * apostrophes ("Doesn’t" -> "doesnt", "cœliac" -> "coeliac"). Length may change, so callers keep
 * offsets from the original text, never from the folded word.
 */
export function foldWord(word: string): string {
  let out = word.toLowerCase();
  if (!/[^a-z0-9]/.test(out)) return out; // the common case: plain ASCII, nothing to fold
  if (/[^\x00-\x7f]/.test(out)) {
    out = out.normalize('NFKD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
  }
  return out.replace(/['’ʼ‘`]/g, '');
}

/** Folds a vocabulary phrase into its word list, using the same rules as the tokenizer. */
export function foldPhrase(phrase: string): string[] {
  // Nearly every vocabulary phrase is already folded: lower-case ASCII words, single spaces.
  // Splitting those directly keeps the matcher's start-up (thousands of phrases, paid by every
  // command run and on every page that loads the checker) off the Unicode regex's cold path.
  if (PLAIN_PHRASE.test(phrase)) return phrase.split(' ');
  return (phrase.match(WORD_RE) ?? []).map(foldWord);
}

const PLAIN_PHRASE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** A word: letters and digits, with inner apostrophes (contractions) kept in the word. */
export const WORD_RE = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu;
