/**
 * "2026-12-05" as "5 December 2026": a date a reader in any country reads the same way. Shared by
 * the evidence card and the database page, so a review date reads the same on both.
 */
export function reviewDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
