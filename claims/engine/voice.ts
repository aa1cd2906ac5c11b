import type { Unit } from './segment';
import type { Token } from './tokenize';

/**
 * Markers of a sarcastic voice ("yeah because a mug of broth cures everything 🙃"), tested on
 * lower-cased text; plain alternation without the `i` flag keeps it cheap. "lol", "miracle" and
 * "magic" are left out: sincere posts use them as often as sarcastic ones.
 */
const SARCASM_RE = /🙃|🙄|🤡|\/s\b|yeah,? (?:because|right|sure)|sure,? (?:jan|buddy)|because of course|\bas if\b|oh totally|oh sure|riiight/u;

/**
 * Questions that assert ("anyone else fix their LG with collagen?? 🙌", "who else had their brain
 * fog vanish...", "isn't it wild how..."): the asker takes the claim as given and invites agreement.
 */
const RHETORICAL_RE = /^(?:anyone else|any1 else|who else|am i the only one|isn'?t it (?:amazing|crazy|wild|funny|insane)|ever notice|did you know|why (?:does|do) (?:no one|nobody|doctors never)|how is it that|can we talk about how)\b/u;

/** The unit's own text plus what trails it before the next unit (emoji, closing marks). */
export function unitRaw(text: string, tokens: readonly Token[], units: readonly Unit[], u: number): string {
  const unit = units[u]!;
  const next = units[u + 1];
  return text.slice(tokens[unit.t0]!.start, next ? tokens[next.t0]!.start : text.length);
}

export const isSarcastic = (raw: string): boolean => SARCASM_RE.test(raw.toLowerCase());
export const isRhetorical = (raw: string): boolean => RHETORICAL_RE.test(raw.toLowerCase().trimStart());
