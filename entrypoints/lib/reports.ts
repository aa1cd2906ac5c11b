import { browser } from 'wxt/browser';
import { z } from 'zod/mini'; // not full zod: see claims/schema.ts

/** storage.local key of wrong-match reports. They stay on this device until the person exports them. */
export const REPORTS_KEY = 'gutcheck:reports';
/** Oldest reports are dropped past this many, so storage cannot grow without bound. */
export const MAX_REPORTS = 500;

/** One "wrong match" press: the page, the passage we marked, the claim, and when. */
export const reportSchema = z.strictObject({
  url: z.string().check(z.maxLength(2048)),
  passage: z.string().check(z.maxLength(1000)),
  claimId: z.string().check(z.minLength(1)),
  date: z.iso.datetime(),
});
export type WrongMatchReport = z.infer<typeof reportSchema>;
export const reportsSchema = z.array(reportSchema);

/** Stored reports; entries that no longer parse are skipped rather than losing the rest. */
export function parseReports(raw: unknown): WrongMatchReport[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r) => {
    const parsed = reportSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Builds a report from the card's data, trimming long values to the schema's limits. */
export function makeReport(url: string, passage: string, claimId: string, now = new Date()): WrongMatchReport {
  return reportSchema.parse({
    url: url.slice(0, 2048),
    passage: passage.slice(0, 1000),
    claimId,
    date: now.toISOString(),
  });
}

/** Appends one report to storage.local. Never sends anything anywhere. */
export async function saveReport(report: WrongMatchReport): Promise<void> {
  const stored = await browser.storage.local.get(REPORTS_KEY);
  const reports = [...parseReports(stored[REPORTS_KEY]), reportSchema.parse(report)].slice(-MAX_REPORTS);
  await browser.storage.local.set({ [REPORTS_KEY]: reports });
}
