import { i18n } from '#i18n';
import type { HistoryEntry } from '@/claims/schema';
import { reviewDate } from '../review-date';

/**
 * An entry's change history, closed by default: most readers want the verdict, while a teacher
 * or a doubter can open it to see what changed and why. <details> is keyboard-usable and
 * announced as expandable without any script of ours.
 */
export function ChangeHistory({ history }: { history: readonly HistoryEntry[] }) {
  return (
    <details className="history" data-testid="db-history">
      <summary>{i18n.t('database.history', history.length)}</summary>
      <ol>
        {history.map((h, i) => (
          // Two changes can share a date and even a wording, so the position is part of the key.
          <li key={`${i}-${h.date}`}>
            <time dateTime={h.date}>{reviewDate(h.date)}</time>: {h.change}
          </li>
        ))}
      </ol>
    </details>
  );
}
