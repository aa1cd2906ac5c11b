import { i18n } from '#i18n';
import type { Stance } from '@/claims/engine';

const QUOTE_MAX = 220;
const quote = (s: string) => (s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX - 1)}…` : s);

/** Case, accents and curly apostrophes set aside, as the engine folds the words it matched. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ]/g, "'").toLowerCase();

/** "a and b and c", in the card's language. */
const joinReasons = (why: readonly string[]) => why.reduce((a, b) => i18n.t('card.reasons', [a, b]));

/**
 * How sure the engine is, in words, for a passage read as making the claim. Its confidence is
 * calibrated (README "How the engine decides"): in cross-validation, passages asserted at 0.85 or
 * more were right about nine times in ten, at 0.6 to 0.85 about four in five, below 0.6 half the
 * time or less.
 */
function sureness(confidence: number): string {
  if (confidence >= 0.85) return i18n.t('card.sureHigh');
  return confidence >= 0.6 ? i18n.t('card.sureMedium') : i18n.t('card.sureLow');
}

/**
 * The card's "Why this was flagged" line: the words that matched, the page's passage (as text,
 * never as HTML), the context that decided the stance and, for a claim the page makes, how sure
 * the engine is. The reasons come from the engine (claims/engine), which the `gutcheck` command
 * shares, so they are in English.
 */
export function WhyFlagged({ stance, passage, matched, why, confidence }: { stance: Stance; passage: string; matched: readonly string[]; why: readonly string[]; confidence?: number | undefined }) {
  // A claim may be completed by a word of the heading or sentence around the passage ("bone broth"
  // in the heading over "Heals the gut"): such words are named as the context's, not the passage's.
  const folded = fold(passage);
  const quoted = (words: readonly string[]) => words.map((w) => i18n.t('common.quoted', [w])).join(', ');
  const inPassage = (w: string) => folded.includes(fold(w));
  const here = matched.filter(inPassage);
  const around = matched.filter((w) => !inPassage(w));
  return (
    <p className="matched" data-testid="card-matched">
      <strong>{i18n.t('card.why')}: </strong>
      {here.length ? `${i18n.t('card.matchedWords', [quoted(here)])} ` : ''}
      <q>{quote(passage)}</q>
      {around.length ? ` ${i18n.t('card.matchedAround', [quoted(around)])}` : ''}
      {why.length ? (
        <span data-testid="card-why">
          ; {i18n.t(stance === 'asserts' ? 'card.readAsClaim' : 'card.readAsContext', [joinReasons(why)])}
        </span>
      ) : null}
      {stance === 'asserts' && confidence !== undefined ? (
        <span className="sure" data-testid="card-sure">
          . {sureness(confidence)}
        </span>
      ) : null}
    </p>
  );
}
