import { i18n } from '#i18n';
import type { Claim } from '@/claims/schema';
import type { ReportRow } from '@/components/options/ReportsSection';
import type { WrongMatchReport } from '../lib/reports';

/** "5 December 2026, 14:02" in the person's time zone, written as the extension's language writes dates (locales/<lang>.yml `lang`). */
function reportWhen(iso: string): string {
  return new Date(iso).toLocaleString(i18n.t('lang'), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/**
 * The stored reports (oldest first) as the options page lists them: newest first, each with its
 * claim's own words (or a plain note when the claim has left the database).
 */
export function reportRows(reports: readonly WrongMatchReport[], claimOf: (id: string) => Claim | undefined): ReportRow[] {
  return reports
    .map((r, i) => ({
      key: `${i}:${r.date}`,
      when: reportWhen(r.date),
      claim: claimOf(r.claimId)?.claim ?? i18n.t('options.unknownClaim', [r.claimId]),
      verdict: r.verdict,
      url: r.url,
      passage: r.passage,
      note: r.note,
    }))
    .reverse();
}
