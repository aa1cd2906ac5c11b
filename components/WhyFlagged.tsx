import { i18n } from '#i18n';
import type { Stance } from '@/claims/engine';

const QUOTE_MAX = 220;
const quote = (s: string) => (s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX - 1)}…` : s);

/** "a and b and c", in the card's language. */
const joinReasons = (why: readonly string[]) => why.reduce((a, b) => i18n.t('card.reasons', [a, b]));

/**
 * The card's "Why this was flagged" line: the words that matched, the page's passage (as text,
 * never as HTML), and the context that decided the stance. The reasons come from the engine
 * (claims/engine), which the `gutcheck` command shares, so they are in English.
 */
export function WhyFlagged({ stance, passage, matched, why }: { stance: Stance; passage: string; matched: readonly string[]; why: readonly string[] }) {
  const words = matched.map((w) => i18n.t('common.quoted', [w])).join(', ');
  return (
    <p className="matched" data-testid="card-matched">
      <strong>{i18n.t('card.why')}: </strong>
      {matched.length ? `${i18n.t('card.matchedWords', [words])} ` : ''}
      <q>{quote(passage)}</q>
      {why.length ? (
        <span data-testid="card-why">
          ; {i18n.t(stance === 'asserts' ? 'card.readAsClaim' : 'card.readAsContext', [joinReasons(why)])}
        </span>
      ) : null}
    </p>
  );
}
