import { i18n } from '#i18n';

/**
 * "2026-12-05" as "5 December 2026" (in English): the date as the locale's language writes it
 * (locales/<lang>.yml `lang`), not as the browser's region would, so it reads the same on every
 * machine. Shared by the evidence card, the database page and the reports.
 */
export function reviewDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(i18n.t('lang'), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "Reviewed 5 December 2026 by GutCheck editors": the same line on the card, the panel and the database page. */
export function reviewedText(isoDate: string, by: string): string {
  return i18n.t('common.reviewed', [reviewDate(isoDate), by]);
}
